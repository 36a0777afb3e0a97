-- Per-chat delivery schedule, as minutes after midnight WIB. quiet_start/quiet_end: alerts arriving in that
-- window wait until it ends (it may wrap past midnight); digest_at: alerts wait for one daily digest at that time.
ALTER TABLE chats ADD COLUMN quiet_start INTEGER;
ALTER TABLE chats ADD COLUMN quiet_end INTEGER;
ALTER TABLE chats ADD COLUMN digest_at INTEGER;

-- A row the dispatcher held for its chat's schedule (state 'held' until next_attempt_at) carries held_at; it is
-- never held twice. When several held rows of a chat come due together they are folded into one digest row
-- (alert_key 'digest:<first row id>') and take state 'merged' with merged_into pointing at it.
ALTER TABLE outbox ADD COLUMN held_at INTEGER;
ALTER TABLE outbox ADD COLUMN merged_into INTEGER;
