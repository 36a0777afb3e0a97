-- Full-text search over stored articles (title, lead, summary) for /cari; ranking is done by History/ArticleSearch. An incident's title and summary are those
-- of its first article, so indexing articles also finds incidents. External content: the index stores only tokens,
-- the text stays in articles; the triggers below keep both in step whoever writes articles.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, lead, summary,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, lead, summary) VALUES (new.id, new.title, new.lead, new.summary);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, summary) VALUES ('delete', old.id, old.title, old.lead, old.summary);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lead, summary ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lead, summary) VALUES ('delete', old.id, old.title, old.lead, old.summary);
    INSERT INTO articles_fts (rowid, title, lead, summary) VALUES (new.id, new.title, new.lead, new.summary);
END;

-- Articles stored before this migration.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- /terbaru and /insiden <perusahaan> <periode> read incidents newest first.
CREATE INDEX incidents_first_reported ON incidents(first_reported_at DESC, id DESC);
