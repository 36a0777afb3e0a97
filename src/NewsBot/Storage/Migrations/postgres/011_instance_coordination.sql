-- Coordination between instances sharing one PostgreSQL database (on SQLite, one instance, the tables stay empty).
-- send_pace: the next free send slot of each platform (Unix ms); every instance reserves its sends here, so a
-- platform's global rate is shared, not multiplied by the number of instances.
CREATE TABLE send_pace (
    platform  TEXT   PRIMARY KEY,
    next_at   BIGINT NOT NULL
);

-- leases: named single-holder roles (the Telegram long-poller): the holder renews before lease_until, another
-- instance takes the role once it has run out.
CREATE TABLE leases (
    name         TEXT   PRIMARY KEY,
    owner        TEXT   NOT NULL,
    lease_until  BIGINT NOT NULL
);
