using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsBot.Feeds;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>
/// Parse throughput of <see cref="FeedParser"/> over every gofeed and feedparser feed file (one operation = one pass).
/// dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*FeedParseBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FeedParseBenchmarks
{
    private IReadOnlyList<byte[]> _files = [];

    [GlobalSetup]
    public void Setup() => _files = FeedCorpus.Files;

    [Benchmark(Description = "Parse gofeed+feedparser corpus")]
    public int ParseCorpus()
    {
        var items = 0;
        foreach (var file in _files)
        {
            items += FeedParser.Parse(file).Items.Count;
        }

        return items;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.FeedsPerSecond);
        }
    }
}
