'use strict';
// Starts telegram-test-api 4.2.1 on 127.0.0.1 only, for NewsBot's end-to-end tests.
// Bot API base URL: http://127.0.0.1:<TG_PORT>. Run with: node --unhandled-rejections=warn start.js
// Extra route POST /__inject {botToken, update} queues a raw update (e.g. my_chat_member), which the
// emulator cannot produce itself. It relies on 4.2.1 internals (addUserUpdate, formatUpdate, router stack).
const TelegramServer = require('telegram-test-api');

const port = Number(process.env.TG_PORT || 9000);
const server = new TelegramServer({ host: '127.0.0.1', port, storage: 'RAM', storeTimeout: 60 });

const formatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) =>
  update.raw ? Object.assign({ update_id: update.updateId }, update.raw) : formatUpdate(update);

server.webServer.post('/__inject', async (req, res) => {
  const { botToken, update } = req.body || {};
  if (!botToken || !update || typeof update !== 'object') {
    res.status(400).json({ ok: false, description: 'botToken and update are required' });
    return;
  }
  await server.addUserUpdate(Object.assign(server.getCommonFields(botToken), { raw: update }));
  res.json({ ok: true, result: true });
});

// Move the route in front of the emulator's catch-all "Route not found" handler.
const stack = server.webServer._router.stack;
const injected = stack.pop();
const firstRoute = stack.findIndex((layer) => layer.route);
stack.splice(firstRoute < 0 ? stack.length : firstRoute, 0, injected);

server.start().then(() => console.log(`telegram-test-api listening at http://127.0.0.1:${port}`));
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
