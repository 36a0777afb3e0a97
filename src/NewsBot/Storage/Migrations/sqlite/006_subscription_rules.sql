-- Subscriptions become a rule set. A row either follows a company (excluded = 0), optionally only some incident
-- types (types: comma-separated IncidentType names, '' = every type), or, beside a '*' row, excludes it (excluded = 1).
ALTER TABLE subscriptions ADD COLUMN types TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;

-- The chat's time zone for alert dates, quiet hours and the digest: 'WIB', 'WITA' or 'WIT'.
ALTER TABLE chats ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'WIB';

-- Companies a chat tracks beyond the catalogue (/lacak). The company itself lives in companies (slug 'lacak-…')
-- so incidents can refer to it; aliases are comma-separated.
CREATE TABLE tracked_companies (
    chat_id       INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    company_slug  TEXT    NOT NULL REFERENCES companies(slug),
    name          TEXT    NOT NULL,
    aliases       TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (chat_id, company_slug)
);
CREATE INDEX tracked_companies_slug ON tracked_companies(company_slug);
