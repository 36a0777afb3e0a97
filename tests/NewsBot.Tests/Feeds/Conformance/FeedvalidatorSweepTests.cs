using System.Diagnostics;
using System.Globalization;
using NewsBot.Feeds;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>
/// Robustness sweep over the W3C Feed Validator cases: every file yields a feed or a typed error, never an
/// exception, and no parse does work out of proportion to its input. The work is bounded by allocation, which
/// does not depend on the machine's speed or load; the time of the slowest parse is only printed (parse speed is
/// a benchmark: benchmarks/NewsBot.Benchmarks, FeedParseBenchmarks).
/// </summary>
public sealed class FeedvalidatorSweepTests(ITestOutputHelper output)
{
    // Parsing builds a tree, decodes text and makes items: a few dozen bytes allocated per input byte; a
    // blow-up (entity expansion, quadratic re-scans) would be orders of magnitude over this bound.
    private const long AllocatedPerInputByte = 200;
    private const long AllocatedPerParse = 4L * 1024 * 1024;

    [SharedDataFact("corpora/feeds/feedvalidator")]
    public void Parse_EveryFeedvalidatorCase_ReturnsFeedOrErrorWithBoundedWork()
    {
        // Arrange
        var files = Directory.GetFiles(SharedFolder.Corpus("feeds", "feedvalidator", "testcases"), "*.xml", SearchOption.AllDirectories);
        var heavy = new List<string>();
        var thrown = new List<string>();
        int errors = 0, feeds = 0;
        var slowest = TimeSpan.Zero;
        double mostPerByte = 0;
        FeedParser.Parse("<rss/>"u8); // JIT and static tables are not the parse's work

        // Act
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            try
            {
                var feed = FeedParser.Parse(bytes);
                _ = feed.Error is null ? feeds++ : errors++;
            }
            catch (Exception ex)
            {
                thrown.Add($"{file}: {ex.GetType().Name}");
            }

            var elapsed = watch.Elapsed;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            slowest = elapsed > slowest ? elapsed : slowest;
            mostPerByte = Math.Max(mostPerByte, (double)allocated / Math.Max(1, bytes.Length));
            if (allocated > (AllocatedPerInputByte * bytes.Length) + AllocatedPerParse)
            {
                heavy.Add($"{file}: {allocated / 1024} KiB allocated for {bytes.Length} bytes");
            }
        }

        // Assert
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feedvalidator: {files.Length} files, {feeds} clean, {errors} with error, 0 thrown expected ({thrown.Count}), slowest {slowest.TotalMilliseconds:F1} ms, at most {mostPerByte:F0} bytes allocated per input byte"));
        Assert.True(files.Length > 1500, $"only {files.Length} files found");
        Assert.Empty(thrown);
        Assert.Empty(heavy);
    }
}
