using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Feeds.Scheduling;

/// <summary>The poller through the real host against feeds served on 127.0.0.1.</summary>
public sealed class FeedPollerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunAsync_OneServerHangs_OtherFeedsCheckedMeanwhile()
    {
        // Arrange: two check slots; the first feed's server does not answer until released, four others answer at once.
        using var data = new TempFolder();
        var release = new TaskCompletionSource();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/hang.xml")
            {
                await release.Task.WaitAsync(context.RequestAborted);
            }

            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title></channel></rss>""");
        });
        using var host = await StartHostAsync(data.Path, [server.Url("/hang.xml"), .. Enumerable.Range(1, 4).Select(i => server.Url($"/fast{i}.xml"))]);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = Options.Create(new FeedOptions { Interval = TimeSpan.FromSeconds(30), Parallelism = 2 });
        var poller = Poller(host, options, clock);

        // Act
        var run = poller.RunAsync(null, CancellationToken.None);
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL AND url LIKE '%fast%'", 4);
        var hangingChecked = await CountAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL AND url LIKE '%hang%'");
        release.SetResult();
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL", 5);
        clock.Advance(FeedPoller.Tick(options.Value.Interval));
        await run.WaitAsync(Patience);

        // Assert: the four were done while the first still hung, and each feed was checked once.
        Assert.Equal(0, hangingChecked);
        Assert.Equal(5, server.Requests);
    }

    [Fact]
    public async Task RunAsync_SlowHostWithManyDueFeeds_OtherHostsFeedsCheckedMeanwhile()
    {
        // Arrange: one request per host at a time; host A does not answer until released and has five due feeds
        // (claimed first), host B five feeds that answer at once; three check slots.
        using var data = new TempFolder();
        var release = new TaskCompletionSource();
        await using var slow = await LoopbackServer.StartAsync(async context =>
        {
            await release.Task.WaitAsync(context.RequestAborted);
            await EmptyFeedAsync(context);
        });
        await using var fast = await LoopbackServer.StartAsync(EmptyFeedAsync);
        using var host = await StartHostAsync(data.Path, [.. Enumerable.Range(1, 5).Select(i => slow.Url($"/a{i}.xml")), .. Enumerable.Range(1, 5).Select(i => fast.Url($"/b{i}.xml"))], perHost: 1);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = Options.Create(new FeedOptions { Interval = TimeSpan.FromSeconds(30), Parallelism = 3 });
        var poller = Poller(host, options, clock);

        // Act
        var run = poller.RunAsync(null, CancellationToken.None);
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL AND url LIKE '%/b%'", 5);
        var slowChecked = await CountAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL AND url LIKE '%/a%'");
        var slowRequests = slow.Requests;
        release.SetResult();
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL", 10);
        clock.Advance(FeedPoller.Tick(options.Value.Interval));
        await run.WaitAsync(Patience);

        // Assert: B's feeds did not wait behind A's queue, and A was asked one feed at a time.
        Assert.Equal(0, slowChecked);
        Assert.Equal(1, slowRequests);
        Assert.Equal(5, slow.Requests);
    }

    [Fact]
    public async Task RunAsync_FailingFeedsHang_HealthyFeedsNotDelayed()
    {
        // Arrange: four check slots (so one for feeds that failed last time); six failing feeds, due first, on a
        // server that does not answer until released; four healthy feeds on another that answers at once.
        using var data = new TempFolder();
        var release = new TaskCompletionSource();
        await using var failing = await LoopbackServer.StartAsync(async context =>
        {
            await release.Task.WaitAsync(context.RequestAborted);
            await EmptyFeedAsync(context);
        });
        await using var healthy = await LoopbackServer.StartAsync(EmptyFeedAsync);
        using var host = await StartHostAsync(data.Path, [.. Enumerable.Range(1, 6).Select(i => failing.Url($"/f{i}.xml")), .. Enumerable.Range(1, 4).Select(i => healthy.Url($"/h{i}.xml"))], perHost: 8);
        await CountAsync(host, "UPDATE feeds SET consecutive_failures = 2, next_check_at = 0 WHERE url LIKE '%/f%'");
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = Options.Create(new FeedOptions { Interval = TimeSpan.FromSeconds(30), Parallelism = 4 });
        var poller = Poller(host, options, clock);

        // Act
        var run = poller.RunAsync(null, CancellationToken.None);
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL AND url LIKE '%/h%'", 4);
        release.SetResult();
        await WaitUntilAsync(host, "SELECT COUNT(*) FROM feeds WHERE last_success_at IS NOT NULL", 10);
        clock.Advance(FeedPoller.Tick(options.Value.Interval));
        await run.WaitAsync(Patience);

        // Assert: the healthy feeds went through while the failing ones hung (waited for above), which were asked one at a time.
        Assert.Equal(6, failing.Requests);
        Assert.Equal(1, failing.PeakInFlight);
    }

    private static FeedPoller Poller(IHost host, IOptions<FeedOptions> options, TimeProvider clock) => new(
        host.Services.GetRequiredService<FeedStore>(), host.Services.GetRequiredService<FeedChecker>(), options,
        host.Services.GetRequiredService<IOptions<FetchOptions>>(), clock, host.Services.GetRequiredService<IHostApplicationLifetime>(),
        NullLogger<FeedPoller>.Instance);

    private static async Task EmptyFeedAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync("""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title></channel></rss>""");
    }

    private static async Task WaitUntilAsync(IHost host, string sql, long expected)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (await CountAsync(host, sql) != expected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    private static async Task<IHost> StartHostAsync(string dataDirectory, Uri[] feeds, int perHost = 2)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
            ["Fetching:PerHostConcurrency"] = perHost.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
        };
        for (var i = 0; i < feeds.Length; i++)
        {
            settings[$"Feeds:Sources:{i}:Name"] = $"Contoh {i}";
            settings[$"Feeds:Sources:{i}:Url"] = feeds[i].ToString();
        }

        var host = NewsBotHost.Create([], settings);
        await host.Services.GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(CancellationToken.None);
        return host;
    }

    private static async Task<long> CountAsync(IHost host, string sql)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return Convert.ToInt64(await connection.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}
