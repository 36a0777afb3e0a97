CREATE INDEX outbox_chat_state ON outbox(chat_id, state, id);
