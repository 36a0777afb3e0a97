-- The feed's own polling hints, kept so that a 304 (no body) still honours them: RSS <ttl> in seconds,
-- <skipHours> as a bit mask of UTC hours, <skipDays> as a bit mask of days (bit 0 = Sunday).
ALTER TABLE feeds ADD COLUMN ttl_seconds BIGINT;
ALTER TABLE feeds ADD COLUMN skip_hours INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN skip_days INTEGER NOT NULL DEFAULT 0;

-- The poller claims due feeds many times a minute: find them without reading the whole table.
CREATE INDEX feeds_due ON feeds (next_check_at) WHERE disabled_at IS NULL;
