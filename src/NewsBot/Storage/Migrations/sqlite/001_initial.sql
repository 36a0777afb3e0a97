-- All instants are Unix milliseconds (UTC) so the same schema reads the same on PostgreSQL.
CREATE TABLE feeds (
    id                    INTEGER PRIMARY KEY,
    url                   TEXT    NOT NULL UNIQUE,
    name                  TEXT    NOT NULL,
    language              TEXT,
    added_by_chat_id      INTEGER,
    etag                  TEXT,
    last_modified         TEXT,
    body_sha256           TEXT,
    last_fetched_at       INTEGER,
    last_success_at       INTEGER,
    next_check_at         INTEGER NOT NULL DEFAULT 0,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    failing_since         INTEGER,
    last_error            TEXT,
    disabled_at           INTEGER,
    disabled_reason       TEXT,
    baseline_done         INTEGER NOT NULL DEFAULT 0,
    created_at            INTEGER NOT NULL
);

-- Dedup keys outlive articles: an item seen once is never alerted again.
CREATE TABLE seen_keys (
    feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key_hash       TEXT    NOT NULL,
    first_seen_at  INTEGER NOT NULL,
    PRIMARY KEY (feed_id, key_hash)
);

CREATE TABLE companies (
    slug         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    parent_slug  TEXT,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE company_aliases (
    company_slug  TEXT NOT NULL REFERENCES companies(slug) ON DELETE CASCADE,
    alias         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    PRIMARY KEY (company_slug, alias, kind)
);

CREATE TABLE incidents (
    id                 INTEGER PRIMARY KEY,
    company_slug       TEXT    NOT NULL REFERENCES companies(slug),
    type               TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    summary            TEXT    NOT NULL,
    records            INTEGER,
    data_types         TEXT    NOT NULL DEFAULT '',
    actor              TEXT,
    first_reported_at  INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX incidents_company ON incidents(company_slug, first_reported_at DESC);

-- Every subject company of an incident (WhatsApp and its parent Meta), for fan-out and history.
CREATE TABLE incident_companies (
    incident_id   INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    company_slug  TEXT    NOT NULL,
    PRIMARY KEY (incident_id, company_slug)
);
CREATE INDEX incident_companies_slug ON incident_companies(company_slug);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key_hash  TEXT    NOT NULL,
    url            TEXT,
    url_hash       TEXT,
    title          TEXT    NOT NULL,
    outlet         TEXT    NOT NULL,
    language       TEXT,
    published_at   INTEGER,
    first_seen_at  INTEGER NOT NULL,
    relevant       INTEGER NOT NULL DEFAULT 0,
    score          REAL    NOT NULL DEFAULT 0,
    incident_type  TEXT,
    cues           TEXT    NOT NULL DEFAULT '',
    lead           TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL DEFAULT '',
    incident_id    INTEGER REFERENCES incidents(id),
    UNIQUE (feed_id, item_key_hash)
);
CREATE UNIQUE INDEX articles_url_hash ON articles(url_hash) WHERE url_hash IS NOT NULL;
CREATE INDEX articles_incident ON articles(incident_id);

CREATE TABLE chats (
    id             INTEGER PRIMARY KEY,
    platform       TEXT    NOT NULL,
    external_id    TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    title          TEXT,
    paused_at      INTEGER,
    paused_reason  TEXT,
    created_at     INTEGER NOT NULL,
    UNIQUE (platform, external_id)
);

-- company_slug '*' follows every company.
CREATE TABLE subscriptions (
    chat_id       INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    company_slug  TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (chat_id, company_slug)
);
CREATE INDEX subscriptions_company ON subscriptions(company_slug);

-- One row per (alert, chat): the unique key makes re-running a transaction harmless.
CREATE TABLE outbox (
    id                   INTEGER PRIMARY KEY,
    chat_id              INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    incident_id          INTEGER NOT NULL REFERENCES incidents(id),
    alert_key            TEXT    NOT NULL,
    payload              TEXT    NOT NULL,
    state                TEXT    NOT NULL DEFAULT 'pending',
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    lease_owner          TEXT,
    lease_until          INTEGER,
    platform_message_id  TEXT,
    last_error           TEXT,
    created_at           INTEGER NOT NULL,
    sent_at              INTEGER,
    UNIQUE (alert_key, chat_id)
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

-- Small durable settings: the Telegram update offset, Discord command hashes, ...
CREATE TABLE bot_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
