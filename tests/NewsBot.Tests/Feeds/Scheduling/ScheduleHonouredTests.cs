using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Feeds;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Feeds.Scheduling;

/// <summary>
/// What servers and feeds say about polling, honoured through the real checker and store on a fake clock (feeds served
/// on 127.0.0.1): Cache-Control max-age, RSS ttl and skipHours (also after a 304), capped; failures back off.
/// </summary>
public sealed class ScheduleHonouredTests
{
    // Thursday 2026-12-03, 02:58 UTC; interval 10 minutes.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 2, 58, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task CheckAllAsync_CacheControlMaxAge_WaitsThatLongCappedAt24Hours()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Headers.CacheControl = context.Request.Path.Value switch
            {
                "/hour.xml" => "max-age=3600",
                "/year.xml" => "max-age=31536000",
                _ => "max-age=5",
            };
            return EmptyFeedAsync(context, "");
        });
        using var data = new TempFolder();
        using var host = await StartHostAsync(data.Path, clock, server.Url("/hour.xml"), server.Url("/year.xml"), server.Url("/short.xml"));

        await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);

        Assert.InRange(await NextCheckAsync(host, "/hour.xml"), Start.AddHours(1), Start.AddHours(1) + Interval);
        Assert.Equal(Start.AddHours(24), await NextCheckAsync(host, "/year.xml"));
        Assert.InRange(await NextCheckAsync(host, "/short.xml"), Start + (Interval / 10), Start + Interval + (Interval / 10));
    }

    [Fact]
    public async Task CheckAllAsync_TtlAndSkipHoursThenNotModified_StillHonoured()
    {
        // Both feeds answer 304 to their ETag; /ttl.xml says ttl 120 minutes, /skip.xml skips 03:00–05:59 UTC.
        var clock = new FakeTimeProvider(Start);
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path == "/ttl.xml"
            ? EmptyFeedAsync(context, "<ttl>120</ttl>")
            : EmptyFeedAsync(context, "<skipHours><hour>3</hour><hour>4</hour><hour>5</hour></skipHours>"));
        using var data = new TempFolder();
        using var host = await StartHostAsync(data.Path, clock, server.Url("/ttl.xml"), server.Url("/skip.xml"));
        var checker = host.Services.GetRequiredService<FeedChecker>();

        // Act: a full answer at 02:58, a 304 at 03:30.
        await checker.CheckAllAsync(force: true, CancellationToken.None);
        var afterFull = (Ttl: await NextCheckAsync(host, "/ttl.xml"), Skip: await NextCheckAsync(host, "/skip.xml"));
        clock.SetUtcNow(Start.AddMinutes(32));
        await checker.CheckAllAsync(force: true, CancellationToken.None);

        // Assert
        Assert.Equal(4, server.Requests);
        Assert.InRange(afterFull.Ttl, Start.AddHours(2), Start.AddHours(2) + Interval);
        Assert.InRange(await NextCheckAsync(host, "/ttl.xml"), clock.GetUtcNow().AddHours(2), clock.GetUtcNow().AddHours(2) + Interval);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero), afterFull.Skip);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero), await NextCheckAsync(host, "/skip.xml"));
    }

    [Fact]
    public async Task CheckAllAsync_FailingFeedOnAFakeClock_BacksOffDoublingCappedAt24Hours()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await LoopbackServer.StartAsync(context => Task.FromResult(context.Response.StatusCode = 500));
        using var data = new TempFolder();
        using var host = await StartHostAsync(data.Path, clock, server.Url("/broken.xml"));
        var checker = host.Services.GetRequiredService<FeedChecker>();
        var waits = new List<TimeSpan>();

        // Act: check each time the feed falls due again.
        for (var failure = 1; failure <= 9; failure++)
        {
            var checkedAt = clock.GetUtcNow();
            await checker.CheckAllAsync(force: false, CancellationToken.None);
            var next = await NextCheckAsync(host, "/broken.xml");
            waits.Add(next - checkedAt);
            clock.SetUtcNow(next);
        }

        // Assert: 10, 20, 40 … minutes (±10 % jitter), never above 24 h; the feed stays enabled (not 3 days yet).
        for (var i = 0; i < waits.Count; i++)
        {
            var expected = TimeSpan.FromMinutes(Math.Min(10 * Math.Pow(2, i), 24 * 60));
            Assert.InRange(waits[i], expected * 0.9, expected * 1.1);
        }

        Assert.Equal(9, server.Requests);
        Assert.Equal(9, await CountAsync(host, "SELECT consecutive_failures FROM feeds WHERE disabled_at IS NULL"));
    }

    private static async Task EmptyFeedAsync(HttpContext context, string channelExtra)
    {
        const string ETag = "\"v1\"";
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.Headers.ETag = ETag;
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync($"""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title>{channelExtra}</channel></rss>""");
    }

    private static async Task<IHost> StartHostAsync(string dataDirectory, TimeProvider clock, params Uri[] feeds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Feeds:Interval"] = Interval.ToString("c", CultureInfo.InvariantCulture),
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
            // Spacing waits on the fake clock; politeness is not what this class is about.
            ["Fetching:PerHostSpacing"] = "00:00:00",
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
        };
        for (var i = 0; i < feeds.Length; i++)
        {
            settings[$"Feeds:Sources:{i}:Name"] = $"Contoh {i}";
            settings[$"Feeds:Sources:{i}:Url"] = feeds[i].ToString();
        }

        var host = NewsBotHost.Create([], settings, builder => builder.Services.AddSingleton(clock));
        await host.Services.GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(CancellationToken.None);
        return host;
    }

    private static async Task<DateTimeOffset> NextCheckAsync(IHost host, string path) =>
        DateTimeOffset.FromUnixTimeMilliseconds(await CountAsync(host, $"SELECT next_check_at FROM feeds WHERE url LIKE '%{path}'"));

    private static async Task<long> CountAsync(IHost host, string sql)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return Convert.ToInt64(await connection.ScalarAsync(sql), CultureInfo.InvariantCulture);
    }
}
