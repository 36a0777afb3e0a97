-- See sqlite/006: subscription rules, the chat's time zone, companies tracked beyond the catalogue.
ALTER TABLE subscriptions ADD COLUMN types TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'WIB';

CREATE TABLE tracked_companies (
    chat_id       BIGINT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    company_slug  TEXT   NOT NULL REFERENCES companies(slug),
    name          TEXT   NOT NULL,
    aliases       TEXT   NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (chat_id, company_slug)
);
CREATE INDEX tracked_companies_slug ON tracked_companies(company_slug);
