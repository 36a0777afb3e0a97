using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Incidents;
using NewsBot.Pipeline;
using NewsBot.Storage;
using NewsBot.Tests.Analysis;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Pipeline;

public sealed class FeedCheckSaverTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);
    private static readonly string[] FourOutlets = ["Contoh", "Kedua", "Ketiga", "Keempat"];
    private static readonly ChatAddress XiaomiFan = new("console", "a", ChatKind.Private);
    private static readonly ChatAddress TokopediaFan = new("console", "b", ChatKind.Private);
    private static readonly ChatAddress EverythingFan = new("console", "c", ChatKind.Private);
    private static readonly ChatAddress PausedXiaomiFan = new("console", "d", ChatKind.Private);

    [StoreFact]
    public async Task SaveAsync_RelevantArticle_QueuesOneAlertPerActiveSubscriber()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);

        var result = await store.Saver.SaveAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 1, 2), result);
        var rows = await OutboxAsync(db.Database);
        Assert.Equal(["a", "c"], rows.Select(r => r.Chat).Order());
        var alert = AlertJson.Deserialize(rows[0].Payload);
        Assert.Equal("Xiaomi", alert.CompanyName);
        Assert.False(alert.IsUpdate);
        Assert.Equal("https://news.example/k1", alert.Sources.Single().Url);
    }

    [StoreFact]
    public async Task SaveAsync_SameItemAgain_NothingNew()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.Saver.SaveAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        var result = await store.Saver.SaveAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(0, 0, 0), result);
        Assert.Equal(2, (await OutboxAsync(db.Database)).Count);
    }

    [StoreFact]
    public async Task SaveAsync_BaselineItem_RememberedWithoutIncident()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        var baseline = new NewArticle("old", null, new PipelineArticle("old", "Berita lama", "", "https://news.example/old", "Contoh", null), null);

        var result = await store.Saver.SaveAsync(feedId, [baseline], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 0, 0), result);
        Assert.Empty(await OutboxAsync(db.Database));
    }

    [StoreFact]
    public async Task SaveAsync_ConfirmationOfKnownLeak_QueuesOneUpdatePerSubscriber()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.Saver.SaveAsync(feedId, [Leak("k1", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        var result = await store.Saver.SaveAsync(feedId, [Leak("k2", "Xiaomi Konfirmasi Satu Juta Data Pengguna Bocor di Forum", 1_000_000, IncidentStatus.Confirmed)], State(), Window, CancellationToken.None);

        Assert.Equal(0, result.NewIncidents);
        Assert.Equal(2, result.OutboxRows);
        var updates = (await OutboxAsync(db.Database)).Select(r => AlertJson.Deserialize(r.Payload)).Where(a => a.IsUpdate).ToList();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal(IncidentStatus.Confirmed, u.Facts.Status));
        Assert.All(updates, u => Assert.StartsWith("Yang baru: dikonfirmasi", u.Summary, StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task SaveAsync_OtherOutletRepeatsKnownLeak_NoAlertSourceAddedToPendingAlert()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.Saver.SaveAsync(feedId, [Leak("k1", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);
        var summariesBefore = store.Summarizer.Calls;

        var repeat = Leak("k2", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum Peretas", 1_000_000, IncidentStatus.Alleged, outlet: "Lain");
        var result = await store.Saver.SaveAsync(feedId, [repeat], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 0, 0), result);
        Assert.Equal(summariesBefore, store.Summarizer.Calls);
        var alerts = (await OutboxAsync(db.Database)).Select(r => AlertJson.Deserialize(r.Payload)).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.Equal(["Contoh", "Lain"], a.Sources.Select(s => s.Outlet)));
    }

    [StoreFact]
    public async Task SaveAsync_OtherOutletsJoinAfterAlertWasSent_HistoryShowsJugaDiberitakan()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.Saver.SaveAsync(feedId, [Leak("k1", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE outbox SET state = 'sent', platform_message_id = '7'");
        }

        var kompas = Leak("k2", "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum Peretas", 1_000_000, IncidentStatus.Alleged, outlet: "Kompas");
        var detik = Leak("k3", "Data Sejuta Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged, outlet: "Detik <b>&</b>");
        var confirmed = Leak("k4", "Xiaomi Konfirmasi Satu Juta Data Pengguna Bocor di Forum", 1_000_000, IncidentStatus.Confirmed, outlet: "Tempo");
        var result = await store.Saver.SaveAsync(feedId, [kompas, detik, confirmed], State(), Window, CancellationToken.None);

        Assert.Equal(0, result.NewIncidents);
        var history = new NewsBot.History.HistoryStore(db.Database);
        var detail = await history.DetailAsync(1, CancellationToken.None);
        Assert.NotNull(detail);
        Assert.Equal(["Kompas", "Detik <b>&</b>"], detail.Incident.Articles.Where(a => a.Joined).Select(a => a.Outlet));
        var detailText = NewsBot.Chat.History.HistoryReplies.Detail(detail, _ => "Xiaomi", ChatZone.Wib).Text;
        Assert.Contains("Juga diberitakan: Kompas, Detik <b>&</b>", detailText, StringComparison.Ordinal);
        var listing = await history.CompanyAsync("xiaomi", NewsBot.History.TimeRange.All, 1, 5, CancellationToken.None);
        var listingText = NewsBot.Chat.History.HistoryReplies.Listing("Insiden", listing.Items, null, ChatZone.Wib, null).Text;
        Assert.Contains("Sumber: Contoh, Tempo", listingText, StringComparison.Ordinal);
        Assert.Contains("Juga diberitakan: Kompas, Detik <b>&</b>", listingText, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task SaveAsync_ThreeOutletsInOneCheck_OneAlertListingThem()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        var reports = FourOutlets
            .Select((outlet, i) => Leak("k" + i, "Satu Juta Data Pengguna Xiaomi Diduga Bocor di Forum", 1_000_000, IncidentStatus.Alleged, outlet: outlet))
            .ToList();

        var result = await store.Saver.SaveAsync(feedId, reports, State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(4, 1, 2), result);
        Assert.Equal(1, store.Summarizer.Calls);
        var alert = AlertJson.Deserialize((await OutboxAsync(db.Database))[0].Payload);
        Assert.Equal(["Contoh", "Kedua", "Ketiga"], alert.Sources.Select(s => s.Outlet));
    }

    [StoreFact]
    public async Task SaveAsync_PolicyChangeAfterLeak_SeparateIncidentWithItsOwnAlert()
    {
        using var db = await TestDatabase.CreateAsync();
        var (store, feedId) = await ArrangeAsync(db);
        await store.Saver.SaveAsync(feedId, [Leak("k1", "Data Pengguna Xiaomi Diduga Bocor", 1_000_000, IncidentStatus.Alleged)], State(), Window, CancellationToken.None);

        var policy = Leak("k2", "Xiaomi Ubah Kebijakan Privasi Data Pengguna", null, IncidentStatus.Unknown, IncidentType.PolicyChange);
        var result = await store.Saver.SaveAsync(feedId, [policy], State(), Window, CancellationToken.None);

        Assert.Equal(new SaveResult(1, 1, 2), result);
    }

    private sealed record Arranged(FeedCheckSaver Saver, IncidentStore Store, CountingSummarizer Summarizer);

    private static async Task<(Arranged Store, long FeedId)> ArrangeAsync(TestDatabase db)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await new CompanyStore(db.Database, clock).SyncAsync([Company("xiaomi", "Xiaomi"), Company("tokopedia", "Tokopedia")], CancellationToken.None);
        var feeds = new FeedStore(db.Database, clock);
        await feeds.SyncAsync([new FeedSource { Name = "Contoh", Url = "https://news.example/rss" }], CancellationToken.None);
        var chats = new ChatStore(db.Database, clock);
        var subscriptions = new SubscriptionStore(db.Database, chats, clock);
        await subscriptions.FollowAsync(XiaomiFan, null, "xiaomi", new HashSet<IncidentType>(), CancellationToken.None);
        await subscriptions.FollowAsync(TokopediaFan, null, "tokopedia", new HashSet<IncidentType>(), CancellationToken.None);
        await subscriptions.FollowAsync(EverythingFan, null, SubscriptionRules.AllKey, new HashSet<IncidentType>(), CancellationToken.None);
        await subscriptions.FollowAsync(PausedXiaomiFan, null, "xiaomi", new HashSet<IncidentType>(), CancellationToken.None);
        await chats.PauseChatAsync(PausedXiaomiFan, "blocked", CancellationToken.None);
        var incidents = new IncidentStore(db.Database);
        var summarizer = new CountingSummarizer();
        var saver = new FeedCheckSaver(db.Database, incidents, new ArticlePipeline(Analyzers.Default, summarizer), clock);
        return (new Arranged(saver, incidents, summarizer), (await feeds.AllAsync(CancellationToken.None)).Single().Id);
    }

    private static Company Company(string slug, string name) => new(slug, name, [], [], [], null, []);

    private static NewArticle Leak(string key, string title, long? records, IncidentStatus status, IncidentType type = IncidentType.DataLeak, string outlet = "Contoh", DateTimeOffset? published = null)
    {
        var analysis = new ArticleAnalysis(
            "id", true, 0.9, type,
            [new CompanyMatch("xiaomi", "Xiaomi", Salience.Subject, ["Xiaomi"])],
            ["kebocoran data"],
            new IncidentFacts(records, ["email"], null, status, null));
        var article = new PipelineArticle(key, title, title, $"https://news.example/{key}", outlet, published ?? new DateTimeOffset(2024, 5, 30, 0, 0, 0, TimeSpan.Zero));
        return new NewArticle(key, key, article, analysis);
    }

    private static FeedFetchState State() => new("\"etag\"", null, "sha", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 0, 10, 0, TimeSpan.Zero), NewsBot.Feeds.Scheduling.ScheduleHints.None);

    private static async Task<List<(string Chat, string Payload)>> OutboxAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QueryAsync(
            "SELECT c.external_id, o.payload FROM outbox o JOIN chats c ON c.id = o.chat_id ORDER BY o.id",
            r => (r.GetString(0), r.GetString(1)));
    }
}
