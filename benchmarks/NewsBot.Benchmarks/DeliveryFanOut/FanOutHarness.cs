using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.TestKit;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>
/// `--fanout [--chats N] [--platform bare|telegram] [--limit PER_SECOND] [--inflight N] [--parallel N] [--batch N] [--held K]`:
/// one alert to N chats through the real <see cref="Dispatcher"/> against a loopback fake, printing one table row.
/// With `--held K` every chat instead has K held alerts whose daily digest is due: the run folds them into
/// N digest rows and sends those (one message per chat).
/// </summary>
internal static class FanOutHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = FanOutSettings.Parse(args);
        var directory = Directory.CreateTempSubdirectory("newsbot-fanout-");
        try
        {
            await using var server = await FakeChatServer.StartAsync();
            // Telegram's global limit with 100 ms of arrival jitter as the only slack, and one message per chat per 950 ms.
            server.TelegramLimits = settings.GlobalLimit is { } limit
                ? new FakeRateLimits(limit, Math.Max(1, limit / 10), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50), int.MaxValue)
                : null;
            var storage = Options.Create(new StorageOptions { DataDirectory = directory.FullName });
            var database = new Database(storage, TimeProvider.System, NullLogger<Database>.Instance);
            await database.MigrateAsync(CancellationToken.None);
            await FanOutSeed.InsertAsync(database, settings.Chats, settings.Held);

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
            await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
            var platform = FanOutPlatforms.Create(settings, http, server.BaseUrl);
            var options = new DeliveryOptions
            {
                BatchSize = settings.Batch,
                MaxParallelSends = settings.Parallel,
                PlatformMaxInFlight = new(StringComparer.OrdinalIgnoreCase) { ["telegram"] = settings.InFlight },
                RetryBaseDelay = TimeSpan.FromSeconds(1),
            };
            using var dispatcher = new Dispatcher(
                database, [platform], TimeProvider.System, Options.Create(options), NullLogger<Dispatcher>.Instance,
                new DeliveryMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            if (settings.Held > 0)
            {
                // The first round folds every chat's held alerts into its digest row.
                await dispatcher.DispatchRoundAsync(CancellationToken.None);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"release + first round: {stopwatch.Elapsed.TotalSeconds:F2} s for {settings.Chats * settings.Held} held rows"));
            }

            while (await dispatcher.CountDeliverableAsync(CancellationToken.None) > 0)
            {
                if ((await dispatcher.DispatchRoundAsync(CancellationToken.None)).Claimed == 0)
                {
                    await Task.Delay(10);
                }
            }

            stopwatch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var summary = await dispatcher.SummarizeAsync(CancellationToken.None);
            var received = FanOutReceipt.From(server);
            var window = received.Window.TotalSeconds;
            var rate = window > 0 ? (received.Accepted - 1) / window : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {settings.Platform} | {(settings.GlobalLimit is { } l ? l.ToString(CultureInfo.InvariantCulture) + "/s" : "off")} | {settings.InFlight} | {settings.Chats} | {stopwatch.Elapsed.TotalSeconds:F2} | {settings.Chats / stopwatch.Elapsed.TotalSeconds:F0} | {rate:F2} | {(settings.GlobalLimit is { } g ? $"{(rate - g) / g * 100:+0.00;-0.00;0.00}%" : "-")} | {received.Accepted} | {received.Duplicates} | {received.Violations} | {summary.Pending + summary.Sending} | {cpu.TotalMilliseconds * 1000 / settings.Chats:F0} | {Environment.ProcessorCount} |"));
            return received.Accepted >= settings.Chats && summary.IsDrained ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    public const string Header = """
        | platform | fake limit | in flight | chats | seconds | sends/s (wall) | rate at fake (first→last) | vs limit | accepted | duplicates | violations | left | CPU µs/send | cores |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        """;
}

internal sealed record FanOutSettings(int Chats, string Platform, double? GlobalLimit, int InFlight, int Parallel, int Batch, int Held)
{
    public static FanOutSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new FanOutSettings(
            Int("--chats", 10_000),
            Value("--platform") ?? "bare",
            Value("--limit") is { } limit ? double.Parse(limit, CultureInfo.InvariantCulture) : null,
            Int("--inflight", 64),
            Int("--parallel", 64),
            Int("--batch", 1000),
            Int("--held", 0));
    }
}
