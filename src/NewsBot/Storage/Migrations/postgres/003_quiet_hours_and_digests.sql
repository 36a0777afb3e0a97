-- See sqlite/003: quiet hours and digest time as minutes after midnight; held and merged outbox rows.
ALTER TABLE chats ADD COLUMN quiet_start INTEGER;
ALTER TABLE chats ADD COLUMN quiet_end INTEGER;
ALTER TABLE chats ADD COLUMN digest_at INTEGER;
ALTER TABLE outbox ADD COLUMN held_at BIGINT;
ALTER TABLE outbox ADD COLUMN merged_into BIGINT;
