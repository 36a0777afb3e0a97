-- As sqlite/008: what each stored article did to its incident ('new', 'followup' or 'joins'). Articles stored before
-- this migration: the first of each incident opened it, the others joined.
ALTER TABLE articles ADD COLUMN decision TEXT;

UPDATE articles SET decision = CASE
    WHEN id = (SELECT MIN(a.id) FROM articles a WHERE a.incident_id = articles.incident_id) THEN 'new'
    ELSE 'joins' END
WHERE incident_id IS NOT NULL;
