using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Feeds;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.Polling;

/// <summary>
/// `--polling [--feeds 1000] [--interval 00:02:00] [--intervals 3] [--feeds-per-host 100] [--parallelism N] [--seed 1] [--log file]`:
/// the real `newsbot run` (SQLite in a temporary folder, no chat platform) polling a <see cref="FeedFarm"/>, with one
/// table row per interval: feeds checked, healthy feeds not checked, CPU per 1,000 checks, peak RSS, load average,
/// and freshness (an item's appearance on the server → its `articles` row) of the items that appeared then.
/// </summary>
internal static class PollingHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var feeds = Option(args, "--feeds", 1000, Int);
        var interval = Option(args, "--interval", TimeSpan.FromMinutes(2), s => TimeSpan.Parse(s, CultureInfo.InvariantCulture));
        var intervals = Option(args, "--intervals", 3, Int);
        var perHost = Option(args, "--feeds-per-host", 100, Int);
        var parallelism = Option<int?>(args, "--parallelism", null, s => int.Parse(s, CultureInfo.InvariantCulture));
        var directory = Directory.CreateTempSubdirectory("newsbot-polling-");
        try
        {
            await using var farm = await FeedFarm.StartAsync(feeds, perHost, interval, intervals, Option(args, "--seed", 1, Int));
            var database = new Database(Options.Create(new StorageOptions { DataDirectory = directory.FullName }), TimeProvider.System, NullLogger<Database>.Instance);
            await database.MigrateAsync(CancellationToken.None);
            await new FeedStore(database, TimeProvider.System).SyncAsync(
                Enumerable.Range(0, feeds).Select(i => new FeedSource { Url = farm.Url(i).AbsoluteUri, Name = $"Farm {i}" }), CancellationToken.None);

            var environment = new Dictionary<string, string>
            {
                ["NewsBot__Storage__DataDirectory"] = directory.FullName,
                ["NewsBot__Feeds__Interval"] = interval.ToString("c", CultureInfo.InvariantCulture),
                // The other feeds are in the database already; configuring one keeps the built-in list out.
                ["NewsBot__Feeds__Sources__0__Url"] = farm.Url(0).AbsoluteUri,
                ["NewsBot__Feeds__Sources__0__Name"] = "Farm 0",
                ["NewsBot__Fetching__AllowedPrivateHosts__0"] = "127.0.0.1",
                ["NewsBot__Telegram__BotToken"] = "",
                ["NewsBot__Discord__BotToken"] = "",
            };
            foreach (var (port, i) in farm.Ports.Select((p, i) => (p, i)))
            {
                environment[$"NewsBot__Fetching__AllowedPorts__{i + 2}"] = port.ToString(CultureInfo.InvariantCulture);
            }

            if (parallelism is { } p)
            {
                environment["NewsBot__Feeds__Parallelism"] = p.ToString(CultureInfo.InvariantCulture);
            }

            Console.WriteLine($"polling: {feeds} feeds on {farm.Ports.Count} loopback ports, interval {interval}, {intervals} intervals, {Environment.ProcessorCount} cores");
            farm.Start = farm.Clock.GetUtcNow();
            var samples = new List<Sample>();
            using (var child = ChildProcess.Start(environment, farm.Clock, Option<string?>(args, "--log", null, s => s)))
            {
                var cpuBefore = 0.0;
                for (var k = 1; k <= intervals; k++)
                {
                    var wait = farm.Start + (interval * k) - farm.Clock.GetUtcNow();
                    await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
                    if (child.HasExited)
                    {
                        Console.Error.WriteLine("newsbot exited early:\n" + string.Join('\n', child.LastErrors));
                        return 1;
                    }

                    var cpu = child.CpuSeconds();
                    samples.Add(new Sample(cpu - cpuBefore, child.MemoryMb("VmHWM"), child.MemoryMb("VmRSS"), ChildProcess.LoadAverage()));
                    cpuBefore = cpu;
                }
            }

            var end = farm.Start + (interval * intervals);
            var articles = await ArticlesAsync(Path.Combine(directory.FullName, "newsbot.db"));
            PollingReport.Print(farm, interval, samples, articles, end);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>(feed, item number) → when its article row was written, for the farm's news items.</summary>
    private static async Task<Dictionary<(int Feed, int Number), DateTimeOffset>> ArticlesAsync(string path)
    {
        var rows = new Dictionary<(int, int), DateTimeOffset>();
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, first_seen_at FROM articles WHERE url LIKE '%/a/%'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var parts = new Uri(reader.GetString(0)).AbsolutePath.Split('/');
            rows[(int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture))] = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
        }

        return rows;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static T Option<T>(string[] args, string name, T fallback, Func<string, T> parse)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? parse(args[at + 1]) : fallback;
    }
}

/// <summary>What /proc said at the end of one interval.</summary>
internal sealed record Sample(double CpuSeconds, double PeakRssMb, double RssMb, string LoadAverage);
