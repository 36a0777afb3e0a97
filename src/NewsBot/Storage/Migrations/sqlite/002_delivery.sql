-- The dispatcher claims only the oldest open row of each chat (per-chat order, one in flight per chat):
-- this index answers "is there an older open row for this chat?" without scanning the outbox.
CREATE INDEX outbox_chat_open ON outbox(chat_id, id) WHERE state IN ('pending', 'sending');
