using NewsBot.History;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.History;

public sealed class PostgresNewestMatchesTests
{
    [Fact]
    public void NextWindow_NothingReadYet_WalksTheNewestProbe()
    {
        Assert.Equal((1_000_000 - PostgresNewestMatches.Probe, true), PostgresNewestMatches.NextWindow(0, 0, 200, 1_000_000, 1_000_000, 0));
        Assert.Equal((0, true), PostgresNewestMatches.NextWindow(0, 0, 200, 200, 200, 0));
    }

    [Fact]
    public void NextWindow_NoMatchAmongTheNewest_BitmapWindowAsIfHalfAMatchWasSeen()
    {
        // Under 1 in 512: a window where 300 matches would be at that density, read through the bitmaps.
        Assert.Equal((999_744 - 153_600, false), PostgresNewestMatches.NextWindow(0, 256, 200, 999_744, 1_000_000, 0));
        Assert.Equal((0, false), PostgresNewestMatches.NextWindow(0, 153_856, 200, 846_144, 1_000_000, 0));
    }

    [Fact]
    public void NextWindow_DenseMatches_WalksOneAndAHalfTimesTheRowsTheDensityPromises()
    {
        // 64 of the newest 1,024 (1 in 16): 150 more are expected in 2,400 rows, a walk cheaper than a bitmap of
        // about 65,000 matches.
        Assert.Equal((1_047_552 - 3600, true), PostgresNewestMatches.NextWindow(64, 1024, 150, 1_047_552, 1_048_576, 0));
    }

    [Fact]
    public void NextWindow_SparseMatches_ReadsAWindowThroughTheBitmaps()
    {
        // 4 of the newest 1,024 (1 in 256): a walk of about 50,000 rows against a bitmap of about 4,000 matches.
        Assert.Equal((1_047_552 - 75_264, false), PostgresNewestMatches.NextWindow(4, 1024, 196, 1_047_552, 1_048_576, 0));
    }

    [Fact]
    public void NextWindow_RarestWordCommon_BitmapCostsItsMatchesNotTheDensitys()
    {
        // 5 of the newest 256 (about 2 %) put a bitmap of about 19,500 matches against a walk of 9,984 rows; when the
        // rarest word is in 4 % of articles the GIN index yields 40,000 matches, and walking is cheaper.
        Assert.False(PostgresNewestMatches.NextWindow(5, 256, 195, 999_744, 1_000_000, 0).Walk);
        Assert.True(PostgresNewestMatches.NextWindow(5, 256, 195, 999_744, 1_000_000, 0.04).Walk);
    }

    [Fact]
    public void NextWindow_WindowOfHalfTheRestOrMore_TakesTheRest()
    {
        // The same 75,264-id window as above, first with 160,000 ids left, then with 140,000.
        Assert.Equal((160_000 - 75_264, false), PostgresNewestMatches.NextWindow(4, 1024, 196, 160_000, 161_024, 0));
        Assert.Equal((0, false), PostgresNewestMatches.NextWindow(4, 1024, 196, 140_000, 141_024, 0));
    }

    [Fact]
    public void NextWindow_WindowPastTheOldest_StopsAtTheStart()
    {
        Assert.Equal((0, false), PostgresNewestMatches.NextWindow(1, 1000, 199, 19_000, 20_000, 0));
    }

    [PostgresFact]
    public async Task FindAsync_WordsOfEveryDensity_SameIdsAsThePlainQuery()
    {
        TestStore.Current = StorageProvider.Postgres;
        using var db = await TestDatabase.CreateAsync();
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO feeds (id, url, name, created_at) VALUES (1, 'https://news.example/rss', 'Contoh', 0)");
        // 20,000 articles. "padat" fills the probe; "sedang" (5 %) is walked beyond it; "jarang" (0.4 %) needs windows
        // through the bitmaps, with a lower bound above the oldest for small limits; "baru" is dense in the newest
        // thousand and sparse below, so its density estimate falls window after window; "lama" is only in the oldest
        // articles; "undang undang" is a phrase; "kosong" is in none.
        await connection.ExecuteAsync(
            """
            INSERT INTO articles (feed_id, item_key_hash, url, title, outlet, published_at, first_seen_at, lead, summary)
            SELECT 1, 'k' || n, 'https://news.example/' || n,
                   concat_ws(' ', 'padat',
                       CASE WHEN n % 20 = 0 THEN 'sedang' END,
                       CASE WHEN n % 250 = 0 THEN 'jarang' END,
                       CASE WHEN (n > 19000 AND n % 10 = 0) OR n % 500 = 0 THEN 'baru' END,
                       CASE WHEN n <= 300 THEN 'lama' END,
                       CASE WHEN n % 7 = 0 THEN 'undang-undang' WHEN n % 7 = 1 THEN 'undang rakyat' END),
                   'Contoh', n, n, '', ''
            FROM generate_series(1, 20000) AS n
            """);

        foreach (var query in new[] { "\"padat\"", "\"sedang\"", "\"jarang\"", "\"baru\"", "\"lama\"", "\"undang undang\"", "\"sedang\" \"jarang\"", "\"kosong\"" })
        {
            foreach (var limit in new[] { 1, 7, 20, 30, 200, 2000 })
            {
                var plain = await connection.QueryAsync(
                    "SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', search_fold(@q)) ORDER BY id DESC LIMIT @limit",
                    r => r.GetInt64(0),
                    parameters: [("q", query), ("limit", limit)]);

                var found = await PostgresNewestMatches.FindAsync(connection, query, limit, 20_000, 0, CancellationToken.None);

                Assert.True(plain.SequenceEqual(found), $"{query} limit {limit}: {found.Count} ids, the plain query {plain.Count}");
            }
        }

        // The plan settings ended with each window's transaction: the connection plans as before.
        Assert.Equal("on on on", await connection.ScalarAsync(
            "SELECT current_setting('enable_seqscan') || ' ' || current_setting('enable_bitmapscan') || ' ' || current_setting('enable_indexscan')"));
    }
}
