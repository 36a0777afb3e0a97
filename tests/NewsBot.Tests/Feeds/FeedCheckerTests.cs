using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Feeds;

/// <summary>The spine through the real host against feeds served on 127.0.0.1.</summary>
public sealed class FeedCheckerTests
{
    private static readonly ChatAddress Reader = new("console", "reader", ChatKind.Private);

    [StoreFact]
    public async Task CheckAllAsync_SameFeedTwice_SecondIsNotModifiedAndQueuesNothing()
    {
        using var store = new TestStore();
        await using var server = await LoopbackServer.StartAsync(context => ServeAsync(context, Rss(LeakItem("a", TimeProvider.System.GetUtcNow().AddHours(-1)))));
        using var host = await StartHostAsync(store, server.Url("/feed.xml"));
        var checker = host.Services.GetRequiredService<FeedChecker>();

        await checker.CheckAllAsync(force: true, CancellationToken.None);
        await checker.CheckAllAsync(force: true, CancellationToken.None);

        Assert.Equal(1, await CountAsync(host, "SELECT COUNT(*) FROM outbox"));
        Assert.Contains(server.RequestHeaders, headers => headers.ContainsKey("If-None-Match"));
    }

    [StoreFact]
    public async Task CheckAllAsync_FirstFetchOldItem_BaselineWithoutAlert()
    {
        using var store = new TestStore();
        await using var server = await LoopbackServer.StartAsync(context => ServeAsync(context, Rss(LeakItem("old", new DateTimeOffset(2020, 5, 2, 6, 0, 0, TimeSpan.Zero)))));
        using var host = await StartHostAsync(store, server.Url("/feed.xml"));

        await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);

        Assert.Equal(0, await CountAsync(host, "SELECT COUNT(*) FROM outbox"));
        Assert.Equal(1, await CountAsync(host, "SELECT COUNT(*) FROM seen_keys"));
    }

    [StoreFact]
    public async Task CheckAllAsync_OneFeedFails_OtherFeedStillChecked()
    {
        using var store = new TestStore();
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path == "/broken.xml"
            ? Task.FromResult(context.Response.StatusCode = 500)
            : ServeAsync(context, Rss(LeakItem("a", TimeProvider.System.GetUtcNow().AddHours(-1)))));
        using var host = await StartHostAsync(store, server.Url("/broken.xml"), server.Url("/feed.xml"));

        await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);

        Assert.Equal(1, await CountAsync(host, "SELECT COUNT(*) FROM outbox"));
        Assert.Equal(1, await CountAsync(host, "SELECT consecutive_failures FROM feeds WHERE url LIKE '%broken%'"));
    }

    [StoreFact]
    public async Task CheckAllAsync_TruncatedFeed_ItemsBeforeTheBreakAreSaved()
    {
        using var store = new TestStore();
        var body = Rss(LeakItem("a", TimeProvider.System.GetUtcNow().AddHours(-1)) + LeakItem("b", TimeProvider.System.GetUtcNow().AddHours(-2)));
        await using var server = await LoopbackServer.StartAsync(context => ServeAsync(context, body[..(body.LastIndexOf("<item>", StringComparison.Ordinal) + 20)]));
        using var host = await StartHostAsync(store, server.Url("/feed.xml"));

        await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);

        Assert.Equal(1, await CountAsync(host, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, await CountAsync(host, "SELECT consecutive_failures FROM feeds"));
    }

    private static async Task<IHost> StartHostAsync(TestStore store, params Uri[] feeds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
        };
        store.ApplyTo(settings);
        for (var i = 0; i < feeds.Length; i++)
        {
            settings[$"Feeds:Sources:{i}:Name"] = $"Contoh {i}";
            settings[$"Feeds:Sources:{i}:Url"] = feeds[i].ToString();
        }

        var host = NewsBotHost.Create([], settings);
        await host.Services.GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(CancellationToken.None);
        await host.Services.GetRequiredService<SubscriptionStore>().FollowAsync(Reader, null, "tokopedia", new HashSet<IncidentType>(), CancellationToken.None);
        return host;
    }

    private static async Task ServeAsync(HttpContext context, string body)
    {
        const string ETag = "\"v1\"";
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.Headers.ETag = ETag;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(body);
    }

    private static string Rss(string items) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Contoh</title><link>https://news.example/</link>{items}</channel></rss>""";

    private static string LeakItem(string id, DateTimeOffset published) => $"""
        <item><title>Data 91 Juta Akun Tokopedia Diduga Bocor ({id})</title><link>https://news.example/{id}</link><guid>{id}</guid>
        <pubDate>{published:R}</pubDate>
        <description>Jakarta - Data sekitar 91 juta akun pengguna Tokopedia diduga bocor dan dijual di forum peretas. Penjual mengklaim data berisi nama, email, dan nomor telepon. Tokopedia menyatakan sedang menyelidiki dugaan kebocoran data tersebut.</description></item>
        """;

    private static async Task<long> CountAsync(IHost host, string sql)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return Convert.ToInt64(await connection.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}
