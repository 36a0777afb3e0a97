using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Incidents;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Incidents;

public sealed class IncidentStoreTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);
    private static readonly ChatAddress XiaomiFan = new("console", "a", ChatKind.Private);
    private static readonly ChatAddress TokopediaFan = new("console", "b", ChatKind.Private);
    private static readonly ChatAddress EverythingFan = new("console", "c", ChatKind.Private);
    private static readonly ChatAddress PausedXiaomiFan = new("console", "d", ChatKind.Private);

    [Fact]
    public async Task SaveFeedCheckAsync_RelevantArticle_QueuesOneAlertPerActiveSubscriber()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);

        var result = await store.SaveFeedCheckAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 1, 2), result);
        var rows = await OutboxAsync(db.Database);
        Assert.Equal(["a", "c"], rows.Select(r => r.Chat).Order());
        var alert = AlertJson.Deserialize(rows[0].Payload);
        Assert.Equal("Xiaomi", alert.CompanyName);
        Assert.False(alert.IsUpdate);
        Assert.Equal("https://news.example/k1", alert.Sources.Single().Url);
    }

    [Fact]
    public async Task SaveFeedCheckAsync_SameItemAgain_NothingNew()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.SaveFeedCheckAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        var result = await store.SaveFeedCheckAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(0, 0, 0), result);
        Assert.Equal(2, (await OutboxAsync(db.Database)).Count);
    }

    [Fact]
    public async Task SaveFeedCheckAsync_BaselineItem_RememberedWithoutIncident()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        var baseline = new ArticleRecord("old", "https://news.example/old", null, "Berita lama", "Contoh", null, "", null, "");

        var result = await store.SaveFeedCheckAsync(feedId, [baseline], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 0, 0), result);
        Assert.Empty(await OutboxAsync(db.Database));
    }

    [Fact]
    public async Task SaveFeedCheckAsync_ConfirmationOfKnownLeak_QueuesOneUpdatePerSubscriber()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.SaveFeedCheckAsync(feedId, [Leak("k1", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        var result = await store.SaveFeedCheckAsync(feedId, [Leak("k2", "Xiaomi Konfirmasi Satu Juta Data Pengguna Bocor di Forum", 1_000_000, IncidentStatus.Confirmed)], State(), Window, CancellationToken.None);

        Assert.Equal(0, result.NewIncidents);
        Assert.Equal(2, result.OutboxRows);
        var updates = (await OutboxAsync(db.Database)).Select(r => AlertJson.Deserialize(r.Payload)).Where(a => a.IsUpdate).ToList();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal(IncidentStatus.Confirmed, u.Facts.Status));
    }

    [Fact]
    public async Task HistoryAsync_TwoIncidents_NewestFirstWithSources()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        var older = Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged) with { PublishedAt = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var newer = Leak("k2", "Xiaomi Didenda Regulator karena Pelacakan Lokasi", null, IncidentStatus.Confirmed, IncidentType.RegulatoryAction) with { PublishedAt = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };
        await store.SaveFeedCheckAsync(feedId, [older, newer], State(), Window, CancellationToken.None);

        var (items, total) = await store.HistoryAsync("xiaomi", 1, 5, CancellationToken.None);

        Assert.Equal(2, total);
        Assert.Equal(["Xiaomi Didenda Regulator karena Pelacakan Lokasi", "Data Pengguna Xiaomi Diduga Bocor"], items.Select(i => i.Title));
        Assert.Equal("Contoh", items[0].Sources.Single().Outlet);
    }

    private static async Task<(IncidentStore Store, long FeedId)> ArrangeAsync(TestDatabase db)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await new CompanyStore(db.Database, clock).SyncAsync([Company("xiaomi", "Xiaomi"), Company("tokopedia", "Tokopedia")], CancellationToken.None);
        var feeds = new FeedStore(db.Database, clock);
        await feeds.SyncAsync([new FeedSource { Name = "Contoh", Url = "https://news.example/rss" }], CancellationToken.None);
        var chats = new ChatStore(db.Database, clock);
        await chats.SubscribeAsync(XiaomiFan, null, "xiaomi", CancellationToken.None);
        await chats.SubscribeAsync(TokopediaFan, null, "tokopedia", CancellationToken.None);
        await chats.SubscribeAsync(EverythingFan, null, ChatStore.AllCompanies, CancellationToken.None);
        await chats.SubscribeAsync(PausedXiaomiFan, null, "xiaomi", CancellationToken.None);
        await chats.PauseChatAsync(PausedXiaomiFan, "blocked", CancellationToken.None);
        return (new IncidentStore(db.Database, clock), (await feeds.AllAsync(CancellationToken.None)).Single().Id);
    }

    private static Company Company(string slug, string name) => new(slug, name, [], [], [], null, []);

    private static ArticleRecord Leak(string key, string title, long? records, IncidentStatus status, IncidentType type = IncidentType.DataLeak)
    {
        var analysis = new ArticleAnalysis(
            "id", true, 0.9, type,
            [new CompanyMatch("xiaomi", "Xiaomi", Salience.Subject, ["Xiaomi"])],
            ["kebocoran data"],
            new IncidentFacts(records, ["email"], null, status, null));
        return new ArticleRecord(key, $"https://news.example/{key}", key, title, "Contoh", new DateTimeOffset(2024, 5, 30, 0, 0, 0, TimeSpan.Zero), title, analysis, "Ringkasan.");
    }

    private static FeedFetchState State() => new("\"etag\"", null, "sha", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 0, 10, 0, TimeSpan.Zero));

    private static async Task<List<(string Chat, string Payload)>> OutboxAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QueryAsync(
            "SELECT c.external_id, o.payload FROM outbox o JOIN chats c ON c.id = o.chat_id ORDER BY o.id",
            r => (r.GetString(0), r.GetString(1)));
    }
}
