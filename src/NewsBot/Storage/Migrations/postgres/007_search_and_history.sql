-- Full-text search for /cari (sqlite/007 uses FTS5): a generated tsvector over title, lead and summary with a GIN
-- index. 'simple' configuration (no stemming, like FTS5's unicode61) and diacritics removed by unaccent when the
-- server has the extension; without it search still works, only accents then count.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'unaccent is not available; search keeps diacritics';
END
$$;

-- search_fold must be IMMUTABLE to feed a generated column and an index; unaccent with an explicit dictionary is.
DO $$
DECLARE
    ext_schema TEXT := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent');
BEGIN
    IF ext_schema IS NULL THEN
        EXECUTE 'CREATE FUNCTION search_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT COALESCE(t, '''') $f$';
    ELSE
        EXECUTE format(
            'CREATE FUNCTION search_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT %I.unaccent(%L::regdictionary, COALESCE(t, '''')) $f$',
            ext_schema, ext_schema || '.unaccent');
    END IF;
END
$$;

-- Only letters and digits make words, as FTS5's unicode61 and History/Bm25.Tokens split them (the default parser
-- would keep "tokopedia.com" as one host name token).
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(search_fold(title || ' ' || lead || ' ' || summary), '[^[:alnum:]]+', ' ', 'g'))) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

-- /terbaru and /insiden <perusahaan> <periode> read incidents newest first.
CREATE INDEX incidents_first_reported ON incidents(first_reported_at DESC, id DESC);
