-- Per-chat lookups of the outbox: "is there an older open row for this chat?" (the claim keeps per-chat order
-- and one row in flight per chat), the chat's queued rows (spacing, skip on a lost chat).
CREATE INDEX outbox_chat_state ON outbox(chat_id, state, id);
