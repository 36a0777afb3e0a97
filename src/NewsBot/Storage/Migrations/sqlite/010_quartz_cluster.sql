-- Pairs postgres/010 (Quartz's clustered job store tables). One SQLite file means one instance, which keeps
-- Quartz's in-memory store: nothing to create here.
SELECT 1;
