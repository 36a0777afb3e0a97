using System.Globalization;

namespace NewsBot.Benchmarks.Polling;

/// <summary>Prints the polling table: one row per interval, then the totals.</summary>
internal static class PollingReport
{
    public static void Print(FeedFarm farm, TimeSpan interval, IReadOnlyList<Sample> samples, Dictionary<(int Feed, int Number), DateTimeOffset> articles, DateTimeOffset end)
    {
        // An item has had its chance when one interval (plus 5 s) passed after it appeared before the run ended.
        var lastChance = end - interval - TimeSpan.FromSeconds(5);
        Console.WriteLine();
        Console.WriteLine("| interval | feeds checked | healthy not checked | checks | CPU s | CPU s / 1,000 checks | peak RSS MB (RSS) | items | freshness p50 / p95 / max s | no row | load avg |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var all = new List<double>();
        var missingTotal = 0;
        for (var k = 0; k < samples.Count; k++)
        {
            var checks = farm.Checks(k);
            var checkedFeeds = checks.Count(c => c > 0);
            // Failing feeds back off on purpose: only healthy ones (quiet, news, slow) count as starved.
            var starved = Enumerable.Range(0, farm.Count).Count(f => checks[f] == 0 && FeedFarm.Kind(f) != FeedKind.Failing);
            var requests = checks.Sum();
            var from = farm.Start + (interval * k);
            var freshness = new List<double>();
            var missing = 0;
            for (var feed = 0; feed < farm.Count; feed++)
            {
                if (FeedFarm.Kind(feed) != FeedKind.News)
                {
                    continue;
                }

                for (var number = 1; farm.Appears(feed, number) < from + interval; number++)
                {
                    var appeared = farm.Appears(feed, number);
                    if (appeared < from || appeared > lastChance)
                    {
                        continue;
                    }

                    if (articles.TryGetValue((feed, number), out var stored))
                    {
                        freshness.Add((stored - appeared).TotalSeconds);
                    }
                    else
                    {
                        missing++;
                    }
                }
            }

            all.AddRange(freshness);
            missingTotal += missing;
            var sample = samples[k];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {k + 1} | {checkedFeeds} / {farm.Count} | {starved} | {requests} | {sample.CpuSeconds:F1} | {(requests == 0 ? 0 : sample.CpuSeconds * 1000 / requests):F2} | {sample.PeakRssMb:F0} ({sample.RssMb:F0}) | {freshness.Count} | {Freshness(freshness)} | {missing} | {sample.LoadAverage} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | | | {Enumerable.Range(0, samples.Count).Sum(k => farm.Checks(k).Sum())} | {samples.Sum(s => s.CpuSeconds):F1} | | {samples.Max(s => s.PeakRssMb):F0} | {all.Count} | {Freshness(all)} | {missingTotal} | |"));
        Console.WriteLine("freshness: item's appearance on the server → its `articles` row (first_seen_at); items appearing later than one interval + 5 s before the end are left out; `no row` = had their chance and were not stored.");
    }

    private static string Freshness(List<double> seconds)
    {
        if (seconds.Count == 0)
        {
            return "–";
        }

        seconds.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{Percentile(seconds, 0.50):F1} / {Percentile(seconds, 0.95):F1} / {seconds[^1]:F1}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
