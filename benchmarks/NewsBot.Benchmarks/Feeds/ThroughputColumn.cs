using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>MB/s or feeds/s derived from the mean time of one pass over the whole corpus.</summary>
internal sealed class ThroughputColumn(string name, Func<double, double> perSecond) : IColumn
{
    public static readonly ThroughputColumn MegabytesPerSecond = new("MB/s", seconds => FeedCorpus.TotalBytes / 1_000_000.0 / seconds);
    public static readonly ThroughputColumn FeedsPerSecond = new("Feeds/s", seconds => FeedCorpus.Files.Count / seconds);

    public string Id => "Throughput." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{name} over one pass of the gofeed + feedparser corpus";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is { } nanoseconds ? perSecond(nanoseconds / 1e9).ToString("N1", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
