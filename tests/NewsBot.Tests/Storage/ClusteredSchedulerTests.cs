using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

/// <summary>Two NewsBot hosts on one PostgreSQL database share one clustered Quartz scheduler.</summary>
public sealed class ClusteredSchedulerTests
{
    private const int Feeds = 200;

    [PostgresFact]
    public async Task StartAsync_TwoInstancesOneDatabase_EachFeedFetchedOnce()
    {
        using var store = new TestStore(StorageProvider.Postgres);
        var fetches = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            fetches.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        });
        var settings = Settings(store, server);
        using var first = NewsBotHost.Create([], settings);
        using var second = NewsBotHost.Create([], settings);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        // Interval 10 minutes: within this wait no feed is due twice, so a second fetch could only be a duplicate check.
        await WaitUntilAsync(() => fetches.Count == Feeds);
        await WaitUntilAsync(async () => await ScalarAsync(store, "SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.All(fetches.Values, count => Assert.Equal(1, count));
        Assert.Equal(1, await ScalarAsync(store, "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_name = 'check-feeds'"));
    }

    private static Dictionary<string, string?> Settings(TestStore store, LoopbackServer server)
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(SharedFolder.RepositoryRoot, "appsettings.example.json"))
            .Build()
            .AsEnumerable()
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Feeds:Sources:", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key);
        }

        store.ApplyTo(settings);
        settings["Feeds:Interval"] = "00:10:00";
        settings["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1";
        for (var i = 0; i < Feeds; i++)
        {
            settings[$"Feeds:Sources:{i}:Name"] = $"Feed {i}";
            settings[$"Feeds:Sources:{i}:Url"] = server.Url($"/feed/{i}").ToString();
        }

        return settings;
    }

    private static async Task<long> ScalarAsync(TestStore store, string sql)
    {
        var database = new Database(Microsoft.Extensions.Options.Options.Create(store.Options), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Database>.Instance);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return Convert.ToInt64(await connection.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
