using System.Diagnostics;
using System.Globalization;
using NewsBot.Feeds;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>
/// Robustness sweep over the W3C Feed Validator cases: every file yields a feed or a typed error, never an
/// exception, and none takes a second. The harness measures each parse and prints the figures.
/// </summary>
public sealed class FeedvalidatorSweepTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    [SharedDataFact("corpora/feeds/feedvalidator")]
    public void Parse_EveryFeedvalidatorCase_ReturnsFeedOrErrorWithinOneSecond()
    {
        // Arrange
        var files = Directory.GetFiles(SharedFolder.Corpus("feeds", "feedvalidator", "testcases"), "*.xml", SearchOption.AllDirectories);
        var slow = new List<string>();
        var thrown = new List<string>();
        int errors = 0, feeds = 0;
        var slowest = TimeSpan.Zero;

        // Act
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
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
            slowest = elapsed > slowest ? elapsed : slowest;
            if (elapsed > Limit)
            {
                slow.Add($"{file}: {elapsed.TotalMilliseconds:F0} ms");
            }
        }

        // Assert
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feedvalidator: {files.Length} files, {feeds} clean, {errors} with error, 0 thrown expected ({thrown.Count}), slowest {slowest.TotalMilliseconds:F1} ms"));
        Assert.True(files.Length > 1500, $"only {files.Length} files found");
        Assert.Empty(thrown);
        Assert.Empty(slow);
    }
}
