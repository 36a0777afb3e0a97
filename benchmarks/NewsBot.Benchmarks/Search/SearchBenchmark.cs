using System.Diagnostics;
using System.Globalization;
using NewsBot.History;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// `--search [--seed N] [--articles N] [--incidents N] [--queries N] [--slowest N] [--provider postgres --connection "…"]`: generates
/// (or reuses, cached by seed and size under /tmp or in a PostgreSQL schema) a database of generated articles and incidents, then times varied queries through the store methods
/// of /insiden, /terbaru and /cari and prints p50/p95/p99 per command, the slowest searches, the database size, the peak
/// memory and the load.
/// </summary>
internal static class SearchBenchmark
{
    private const int TailWords = 30_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var seed = Option(args, "--seed", 14);
        var articles = Option(args, "--articles", 1_000_000);
        var incidents = Option(args, "--incidents", 20_000);
        var queries = Option(args, "--queries", 3_000);
        var postgres = StringOption(args, "--provider") is { } provider && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? StringOption(args, "--connection") ?? throw new ArgumentException("--provider postgres needs --connection \"Host=…;Database=…\"")
            : null;
        var store = new SearchDatabase(postgres, string.Create(CultureInfo.InvariantCulture, $"seed{seed}-a{articles}-i{incidents}"));
        var database = store.Database;
        var corpus = new SearchCorpus(TailWords);
        if (!await store.IsCompleteAsync())
        {
            Console.Error.WriteLine($"Generating {articles:N0} articles and {incidents:N0} incidents into {store.Location} (cached for later runs) …");
            await store.ResetAsync();
            var generation = Stopwatch.StartNew();
            await database.MigrateAsync(CancellationToken.None);
            await SearchSeed.FillAsync(database, corpus, articles, incidents, seed);
            await store.MarkCompleteAsync(generation.Elapsed);
            Console.Error.WriteLine($"Generated in {generation.Elapsed.TotalSeconds:F0} s");
        }
        else
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        // The clock the commands would read: the end of the generated timeline, so recency ranking sees a fresh corpus.
        var clock = new FixedClock(SearchSeed.End);
        var workload = new SearchWorkload(new HistoryStore(database), new ArticleSearch(database, clock), corpus, seed);
        await workload.RunAsync(200, record: false);
        var timings = await workload.RunAsync(queries, record: true);

        Console.WriteLine($"articles={articles:N0} incidents={incidents:N0} queries={queries:N0} seed={seed}");
        Console.WriteLine("command     count   p50 ms   p95 ms   p99 ms   max ms  results/query");
        foreach (var (command, samples) in timings.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{command,-10} {sorted.Length,6} {Percentile(sorted, 0.50),8:F2} {Percentile(sorted, 0.95),8:F2} {Percentile(sorted, 0.99),8:F2} {sorted[^1],8:F2}  {samples.Average(s => s.Results),6:F1}"));
        }

        // The slowest searches by name: where the tail of /cari comes from.
        foreach (var slow in timings.GetValueOrDefault("/cari", []).OrderByDescending(s => s.Milliseconds).Take(Option(args, "--slowest", 8)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slow /cari {slow.Milliseconds,8:F2} ms  {slow.Results} results  {slow.Query}"));
        }

        var size = await store.SizeAsync();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(store.IsPostgres ? "PostgreSQL" : "SQLite")} database size: {size / 1048576.0:F0} MiB ({store.Location})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MiB; managed heap now: {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
        Console.WriteLine($"load average (1/5/15 min, runnable/total, last pid): {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}; cores: {Environment.ProcessorCount}");
        return 0;
    }

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
