'use strict';
// Starts telegram-test-api 4.2.1 on 127.0.0.1 only, for NewsBot's end-to-end tests.
// Bot API base URL: http://127.0.0.1:<TG_PORT>. Run with: node --unhandled-rejections=warn start.js
// Extra route POST /__inject {botToken, update} queues a raw update (e.g. my_chat_member), which the
// emulator cannot produce itself. It relies on 4.2.1 internals (addUserUpdate, formatUpdate, router stack).
// Bot API answers are normalised to the real API's shapes (below).
const TelegramServer = require('telegram-test-api');

const port = Number(process.env.TG_PORT || 9000);
// Messages are kept an hour (the emulator's default is a minute) so a long scenario can still edit and read them.
const server = new TelegramServer({ host: '127.0.0.1', port, storage: 'RAM', storeTimeout: 3600 });

// The emulator's callback queries lack chat_instance, which the real API always sends (Telegram.Bot requires it).
const formatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => {
  if (update.raw) {
    return Object.assign({ update_id: update.updateId }, update.raw);
  }
  const formatted = formatUpdate(update);
  if (formatted.callback_query && formatted.callback_query.chat_instance === undefined) {
    formatted.callback_query.chat_instance = String(update.callbackQuery.chat_instance || 'emulator');
  }
  return formatted;
};

server.webServer.post('/__inject', async (req, res) => {
  const { botToken, update } = req.body || {};
  if (!botToken || !update || typeof update !== 'object') {
    res.status(400).json({ ok: false, description: 'botToken and update are required' });
    return;
  }
  await server.addUserUpdate(Object.assign(server.getCommonFields(botToken), { raw: update }));
  res.json({ ok: true, result: true });
});

// Bot API answers as the real API shapes them, so a strict client (Telegram.Bot) can read them: the
// emulator stamps messages in milliseconds (the API uses seconds) and answers null where the API answers
// true, and editMessageText answers null where the API answers the edited message (or 400 when there is none).
// Only the answer is changed; what the emulator stores (and tests read back) stays as it was.
const editedMessage = (body) => {
  const stored = server.storage.botMessages.find((u) => String(u.messageId) === String(body.message_id)
    && String(u.message.chat_id) === String(body.chat_id));
  return stored && Object.assign({}, stored.message, {
    message_id: stored.messageId,
    date: Math.floor(stored.time / 1000),
    edit_date: Math.floor(Date.now() / 1000),
    chat: { id: Number(stored.message.chat_id), type: Number(stored.message.chat_id) < 0 ? 'supergroup' : 'private' },
  });
};
const TRUE_RESULTS = new Set(['answercallbackquery', 'setwebhook']);
server.webServer.use((req, res, next) => {
  const match = /^\/bot[^/]+\/([^/?]+)/.exec(req.path);
  if (match) {
    const json = res.json.bind(res);
    res.json = (body) => {
      if (body && body.ok === true && body.result === null && match[1].toLowerCase() === 'editmessagetext') {
        const edited = editedMessage(req.body || {});
        if (!edited) {
          res.status(400);
          return json({ ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
        }
        return json(Object.assign({}, body, { result: edited }));
      }
      if (body && body.ok === true && body.result === null && TRUE_RESULTS.has(match[1].toLowerCase())) {
        return json(Object.assign({}, body, { result: true }));
      }
      if (body && body.ok === true && body.result && typeof body.result.date === 'number' && body.result.date > 1e11) {
        return json(Object.assign({}, body, { result: Object.assign({}, body.result, { date: Math.floor(body.result.date / 1000) }) }));
      }
      return json(body);
    };
  }
  next();
});

// Move both additions in front of the emulator's routes and its catch-all "Route not found" handler.
const stack = server.webServer._router.stack;
const added = stack.splice(stack.length - 2, 2);
const firstRoute = stack.findIndex((layer) => layer.route);
stack.splice(firstRoute < 0 ? stack.length : firstRoute, 0, ...added);

server.start().then(() => console.log(`telegram-test-api listening at http://127.0.0.1:${port}`));
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
