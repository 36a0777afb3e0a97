using NewsBot.History;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.History;

public sealed class HistoryStoreTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task CompanyAsync_RangeAndPages_NewestFirstInsideTheRange()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        for (var i = 0; i < 7; i++)
        {
            await data.IncidentAsync("tokopedia", $"Insiden {i}", new DateTimeOffset(2023, 1 + i, 10, 0, 0, 0, TimeSpan.Zero));
        }

        await data.IncidentAsync("tokopedia", "Insiden 2022", new DateTimeOffset(2022, 12, 31, 16, 59, 0, TimeSpan.Zero));
        await data.IncidentAsync("gojek", "Insiden lain", new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var year2023 = new TimeRange(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
        var store = new HistoryStore(db.Database);

        var first = await store.CompanyAsync("tokopedia", year2023, 1, 5, CancellationToken.None);
        var second = await store.CompanyAsync("tokopedia", year2023, 2, 5, CancellationToken.None);
        var all = await store.CompanyAsync("tokopedia", TimeRange.All, 1, 10, CancellationToken.None);

        Assert.Equal(7, first.Total);
        Assert.Equal(["Insiden 6", "Insiden 5", "Insiden 4", "Insiden 3", "Insiden 2"], first.Items.Select(i => i.Title));
        Assert.Equal(["Insiden 1", "Insiden 0"], second.Items.Select(i => i.Title));
        Assert.Equal(8, all.Total);
        Assert.Equal("Insiden 2022", all.Items[^1].Title);
    }

    [StoreFact]
    public async Task CompanyAsync_IncidentOfTwoCompanies_ListedForBoth()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        await data.IncidentAsync("whatsapp", "Kebijakan baru", Now, "PolicyChange", "meta");
        var store = new HistoryStore(db.Database);

        var meta = await store.CompanyAsync("meta", TimeRange.All, 1, 5, CancellationToken.None);

        Assert.Equal("whatsapp", Assert.Single(meta.Items).CompanySlug);
    }

    [StoreFact]
    public async Task LatestAsync_ManyCompanies_NewestFirstWithTheirArticles()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        var old = await data.IncidentAsync("gojek", "Lama", Now.AddDays(-30));
        var recent = await data.IncidentAsync("tokopedia", "Baru", Now.AddDays(-1));
        await data.ArticleAsync("Baru di MI", Now.AddDays(-1), recent, "Media Indonesia");
        await data.ArticleAsync("Baru di Sindo", Now, recent, "SINDOnews");
        await data.ArticleAsync("Lama di Sindo", Now.AddDays(-30), old);

        var latest = await new HistoryStore(db.Database).LatestAsync(5, CancellationToken.None);

        Assert.Equal(["Baru", "Lama"], latest.Select(i => i.Title));
        Assert.Equal(["Media Indonesia", "SINDOnews"], latest[0].Articles.Select(a => a.Outlet));
    }

    [StoreFact]
    public async Task DetailAsync_IncidentWithTwoOutlets_FactsCompaniesAndArticlesOldestFirst()
    {
        using var db = await TestDatabase.CreateAsync();
        var data = new HistoryData(db.Database);
        var id = await data.IncidentAsync("whatsapp", "Data WhatsApp dijual", Now, "DataLeak", "meta");
        await data.ArticleAsync("Kedua", Now.AddHours(5), id, "Kompas");
        await data.ArticleAsync("Pertama", Now, id, "SINDOnews");

        var detail = (await new HistoryStore(db.Database).DetailAsync(id, CancellationToken.None))!;

        Assert.Equal(["Pertama", "Kedua"], detail.Incident.Articles.Select(a => a.Title));
        Assert.Equal(["meta", "whatsapp"], detail.CompanySlugs);
        Assert.Equal((91_000_000L, "ShinyHunters"), (detail.Records!.Value, detail.Actor!));
        Assert.Equal(["email", "kata sandi"], detail.DataTypes);
        Assert.Null(await new HistoryStore(db.Database).DetailAsync(id + 1, CancellationToken.None));
    }
}
