-- Kept in step with postgres/013, a BRIN index for PostgreSQL's /cari windows. SQLite needs none: FTS5 yields matches
-- newest first by rowid.
SELECT 1;
