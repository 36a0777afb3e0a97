using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Observability;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Observability;

/// <summary>Real HTTP calls against a running in-process host whose health listener has a free loopback port.</summary>
public sealed class HealthEndpointTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Lokal</title><link>https://lokal.invalid/</link>
        <item><title>Satu</title><link>https://lokal.invalid/1</link><guid>lokal-1</guid></item>
        <item><title>Dua</title><link>https://lokal.invalid/2</link><guid>lokal-2</guid></item>
        </channel></rss>
        """;

    [Fact]
    public async Task Get_AfterAFeedCheck_HealthyReadyAndFeedCountersScraped()
    {
        await using var feed = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(Rss);
        });
        using var data = new TempFolder();
        using var host = CreateHost(data.Path, new() { ["Feeds:Sources:0:Url"] = feed.Url("/rss").ToString(), [$"Fetching:AllowedPorts:0"] = feed.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await host.StartAsync();
        try
        {
            using var http = Client(host);
            var metrics = "";
            await FakeDiscord.WaitUntilAsync(async () => (metrics = await http.GetStringAsync("/metrics")).Contains("outcome=\"changed\"", StringComparison.Ordinal), "a scrape showing the feed check");

            // Seen once under load (a full CI run beside a rebuild loop): "changed" in the scrape, but not as one changed
            // check. The failure shows the NewsBot series, so the next occurrence tells which.
            Assert.True(
                Regex.IsMatch(metrics, """newsbot_feed_checks_total\{[^}]*outcome="changed"[^}]*\} 1\b"""),
                "one changed feed check expected; scraped:\n" + string.Join('\n', metrics.Split('\n').Where(line => line.StartsWith("newsbot_", StringComparison.Ordinal))));
            Assert.Matches("""newsbot_feed_items_total\{[^}]*\} 2""", metrics);
            Assert.Matches("""newsbot_pipeline_articles_total\{[^}]*\} 2""", metrics);
            Assert.Contains("newsbot_feed_fetch_duration_seconds_bucket", metrics, StringComparison.Ordinal);
            Assert.Contains("newsbot_delivery_queue_length", metrics, StringComparison.Ordinal);
            var live = await http.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            var ready = await http.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("database: ok\nscheduler: ok\nplatform console: ok\n", await ready.Content.ReadAsStringAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Readyz_DatabaseUnreachable_503UntilItIsBack()
    {
        using var data = new TempFolder();
        var folder = Path.Combine(data.Path, "db");
        using var host = CreateHost(folder);
        await host.StartAsync();
        try
        {
            using var http = Client(host);
            await WaitForReadyzAsync(http, HttpStatusCode.OK);

            Directory.Move(folder, folder + "-away");
            SqliteConnection.ClearAllPools();
            var down = await http.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("database: not ready", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);

            Directory.Move(folder + "-away", folder);
            SqliteConnection.ClearAllPools();
            await WaitForReadyzAsync(http, HttpStatusCode.OK);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Readyz_TelegramUnreachable_503NamingThePlatform()
    {
        using var data = new TempFolder();
        using var host = CreateHost(data.Path, new() { ["Telegram:BotToken"] = FakeBotApi.Token, ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9/" });
        await host.StartAsync();
        try
        {
            using var http = Client(host);
            var response = await http.GetAsync("/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("platform telegram: not ready", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Readyz_TelegramPolling_200OnceConnected()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        using var host = CreateHost(data.Path, new() { ["Telegram:BotToken"] = FakeBotApi.Token, ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(), ["Telegram:PollTimeout"] = "00:00:01" });
        await host.StartAsync();
        try
        {
            using var http = Client(host);
            await WaitForReadyzAsync(http, HttpStatusCode.OK);

            Assert.Contains("platform telegram: ok", await http.GetStringAsync("/readyz"), StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task HealthHttp_RunningBot_ExitsZero()
    {
        using var data = new TempFolder();
        using var host = CreateHost(data.Path);
        await host.StartAsync();
        try
        {
            var port = host.Services.GetRequiredService<HealthServer>().Address!.Port;

            // As in the container: the listener's wildcard address is probed on loopback.
            var (exit, _, error) = await NewsBotProcess.RunAsync(["health", "--http"], environment: new Dictionary<string, string?>
            {
                ["NewsBot__Health__Address"] = "0.0.0.0",
                ["NewsBot__Health__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["NewsBot__Storage__DataDirectory"] = data.Path,
            });

            Assert.True(exit == 0, error);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task HealthHttp_NothingListening_ExitsOneNamingTheUrl()
    {
        using var data = new TempFolder();
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exit, _, error) = await NewsBotProcess.RunAsync(["health", "--http"], environment: new Dictionary<string, string?>
        {
            ["NewsBot__Health__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewsBot__Storage__DataDirectory"] = data.Path,
        });

        Assert.Equal(1, exit);
        Assert.Contains($"http://127.0.0.1:{port}/healthz", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Health:Address", "semua")]
    [InlineData("Health:Port", "70000")]
    [InlineData("Telemetry:OtlpEndpoint", "ftp://collector.invalid/")]
    public void Create_BadSetting_FailsNamingTheSetting(string key, string value)
    {
        using var data = new TempFolder();

        var error = Assert.Throws<OptionsValidationException>(() => CreateHost(data.Path, new() { [key] = value }));

        Assert.Contains(error.Failures, failure => failure.Contains(key, StringComparison.Ordinal) || failure.Contains(key.Split(':')[^1], StringComparison.Ordinal));
    }

    /// <summary>A host on its own data folder, health on a free loopback port, one feed the fetch guard refuses unless served.</summary>
    internal static IHost CreateHost(string dataDirectory, Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Health:Port"] = "0",
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
            // A feed the fetch guard refuses at once unless a test serves one.
            ["Feeds:Sources:0:Name"] = "Lokal",
            ["Feeds:Sources:0:Url"] = "http://127.0.0.1:9/rss",
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return NewsBotHost.Create([], settings);
    }

    private static HttpClient Client(IHost host) =>
        new() { BaseAddress = host.Services.GetRequiredService<HealthServer>().Address ?? throw new InvalidOperationException("health endpoint not listening") };

    private static Task WaitForReadyzAsync(HttpClient http, HttpStatusCode expected) =>
        FakeDiscord.WaitUntilAsync(async () => (await http.GetAsync("/readyz")).StatusCode == expected, $"/readyz {expected}");
}
