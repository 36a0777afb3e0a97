-- /cari reads the newest matches in windows of article ids (History/PostgresNewestMatches): a window's pages come from
-- this BRIN index and are ANDed with the GIN index's matches, so only the window's matches are read from the table.
-- Articles are appended in id order, so each range of 16 pages covers a narrow run of ids; the index is a few hundred
-- kilobytes for a million articles, and autovacuum summarizes new ranges.
CREATE INDEX articles_id_brin ON articles USING BRIN (id) WITH (pages_per_range = 16, autosummarize = on);
