using NewsBot.History;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.History;

public sealed class ArticleSearchTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task SearchAsync_WordsWithAndWithoutDiacritics_FindEachOther()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        await data.ArticleAsync("Café Pelanggan Diretas", Now.AddDays(-1));

        var plain = await Search(db).SearchAsync("cafe", 1, 5, CancellationToken.None);
        var accented = await Search(db).SearchAsync("CAFÉ diretas", 1, 5, CancellationToken.None);

        Assert.Equal("Café Pelanggan Diretas", Assert.Single(plain.Hits).Title);
        Assert.Single(accented.Hits);
    }

    [StoreFact]
    public async Task SearchAsync_NoArticlesStored_NoHits()
    {
        using var db = await TestDatabase.CreateAsync();

        var results = await Search(db).SearchAsync("data bocor", 1, 5, CancellationToken.None);

        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
    }

    [StoreFact]
    public async Task SearchAsync_IncidentArticle_HitCarriesCompanyOutletLinkAndDate()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        var incident = await data.IncidentAsync("tokopedia", "Data Tokopedia Bocor", Now.AddDays(-3));
        await data.ArticleAsync("Data 91 Juta Akun Tokopedia Bocor", Now.AddDays(-3), incident, "Media Indonesia", url: "https://mi.example/a");

        var hit = Assert.Single((await Search(db).SearchAsync("tokopedia", 1, 5, CancellationToken.None)).Hits);

        Assert.Equal(("tokopedia", incident, "Media Indonesia", "https://mi.example/a", Now.AddDays(-3)), (hit.CompanySlug, hit.IncidentId!.Value, hit.Outlet, hit.Url, hit.PublishedAt));
    }

    [StoreTheory]
    [InlineData("bocor OR sandi")]
    [InlineData("NEAR(bocor sandi)")]
    [InlineData("bocor -sandi")]
    [InlineData("title:sandi")]
    [InlineData("sand*")]
    [InlineData("\"bocor\" OR \"sandi\"")]
    public async Task SearchAsync_FtsSyntaxInText_IsPlainWordsNotOperators(string text)
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        await data.ArticleAsync("Data pengguna bocor", Now);
        await data.ArticleAsync("Kata sandi dijual", Now);

        var results = await Search(db).SearchAsync(text, 1, 5, CancellationToken.None);

        // As operators these would match one or both articles; as quoted words every term must occur.
        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
    }

    [StoreFact]
    public async Task SearchAsync_TitleHitAndLeadHitEquallyOld_TitleFirst()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        await data.ArticleAsync("Berita ekonomi hari ini", Now.AddDays(-10), lead: "Di akhir berita disebut ransomware sekali bersama kata lain yang panjang.");
        await data.ArticleAsync("Serangan ransomware melumpuhkan layanan", Now.AddDays(-10));

        var hits = (await Search(db).SearchAsync("ransomware", 1, 5, CancellationToken.None)).Hits;

        Assert.Equal(["Serangan ransomware melumpuhkan layanan", "Berita ekonomi hari ini"], hits.Select(h => h.Title));
    }

    [StoreFact]
    public async Task SearchAsync_SameTextYearsApart_RecentFirst()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        await data.ArticleAsync("Kebocoran data baru", Now.AddDays(-2));
        await data.ArticleAsync("Kebocoran data lama", Now.AddYears(-4));

        var hits = (await Search(db).SearchAsync("kebocoran data", 1, 5, CancellationToken.None)).Hits;

        Assert.Equal(["Kebocoran data baru", "Kebocoran data lama"], hits.Select(h => h.Title));
    }

    [StoreFact]
    public async Task SearchAsync_MoreMatchesThanCandidates_NewestRankedAndTotalMarkedAsLowerBound()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        var oldest = await data.ArticleAsync("Kebocoran data lama peretas peretas peretas", Now.AddYears(-3));
        for (var i = 0; i < ArticleSearch.CandidateLimit; i++)
        {
            await data.ArticleAsync($"Kebocoran data nomor {i}", Now.AddMinutes(-i));
        }

        var results = await Search(db).SearchAsync("kebocoran", 1, 5, CancellationToken.None);
        var all = await Search(db).SearchAsync("kebocoran", 1, ArticleSearch.CandidateLimit + 1, CancellationToken.None);

        Assert.True(results.Capped);
        Assert.Equal(ArticleSearch.CandidateLimit, results.Total);
        Assert.DoesNotContain(all.Hits, h => h.ArticleId == oldest);
        Assert.Equal(ArticleSearch.CandidateLimit, all.Hits.Count);
    }

    [StoreFact]
    public async Task SearchAsync_TwelveHits_PagesOfFiveAndTotalOnEveryPage()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        for (var i = 0; i < 12; i++)
        {
            await data.ArticleAsync($"Peretasan nomor {i}", Now.AddDays(-i));
        }

        var pages = new List<SearchResults>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await Search(db).SearchAsync("peretasan", page, 5, CancellationToken.None));
        }

        Assert.Equal([5, 5, 2, 0], pages.Select(p => p.Hits.Count));
        Assert.All(pages, p => Assert.Equal(12, p.Total));
        Assert.Equal(12, pages.SelectMany(p => p.Hits).Select(h => h.ArticleId).Distinct().Count());
        Assert.All(pages, p => Assert.False(p.Capped));
    }

    [StoreFact]
    public async Task SearchAsync_ArticleTitleChangedOrDeleted_IndexFollows()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        var id = await data.ArticleAsync("Judul lama phishing", Now);
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE articles SET title = 'Judul baru malware' WHERE id = @id", parameters: [("id", id)]);
        }

        Assert.Empty((await Search(db).SearchAsync("phishing", 1, 5, CancellationToken.None)).Hits);
        Assert.Single((await Search(db).SearchAsync("malware", 1, 5, CancellationToken.None)).Hits);

        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DELETE FROM articles WHERE id = @id", parameters: [("id", id)]);
        }

        Assert.Empty((await Search(db).SearchAsync("malware", 1, 5, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task MigrateAsync_ArticlesStoredBeforeTheIndex_AreSearchable()
    {
        using var db = await TestDatabase.CreateAsync();
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            // Back to the schema before migration 007, with an article already stored.
            await connection.ExecuteAsync(db.Database.Dialect.IsPostgres
                ? """
                  ALTER TABLE articles DROP COLUMN search; DROP FUNCTION search_fold;
                  DROP INDEX incidents_first_reported; DELETE FROM schema_migrations WHERE version = 7;
                  """
                : """
                  DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; DROP TRIGGER articles_fts_update;
                  DROP TABLE articles_fts; DROP INDEX incidents_first_reported; DELETE FROM schema_migrations WHERE version = 7;
                  """);
        }

        await new HistoryData(db.Database).ArticleAsync("Aplikasi pinjol menyebar data kontak", Now);
        await db.Database.MigrateAsync(CancellationToken.None);

        Assert.Single((await Search(db).SearchAsync("pinjol", 1, 5, CancellationToken.None)).Hits);
    }

    [PostgresFact]
    public async Task SearchAsync_WordInAnalyzedStatistics_SameRankingAsCounted()
    {
        TestStore.Current = StorageProvider.Postgres;
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        for (var i = 0; i < 40; i++)
        {
            await data.ArticleAsync(i % 4 == 0 ? $"Data bocor dan sandi dijual {i}" : $"Data pengguna bocor {i}", Now.AddDays(-i), lead: i % 3 == 0 ? "Kata sandi ikut bocor." : "");
        }

        var counted = await Search(db).SearchAsync("bocor sandi", 1, 5, CancellationToken.None);
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("ANALYZE articles");
            // The shortcut only runs for words the statistics list: make sure this one is listed.
            Assert.Equal(true, await connection.ScalarAsync("SELECT 'bocor' = ANY(most_common_elems::text::text[]) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'articles' AND attname = 'search'"));
        }

        var fromStatistics = await Search(db).SearchAsync("bocor sandi", 1, 5, CancellationToken.None);

        Assert.NotEmpty(counted.Hits);
        Assert.Equal(counted.Hits.Select(h => h.ArticleId), fromStatistics.Hits.Select(h => h.ArticleId));
        Assert.Equal(counted.Total, fromStatistics.Total);
    }

    private static ArticleSearch Search(TestDatabase db) => new(db.Database, new FakeTimeProvider(Now));
}
