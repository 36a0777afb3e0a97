using System.Globalization;
using System.Text.Json;
using NewsBot.Feeds;
using Xunit.Abstractions;
using static NewsBot.Tests.Feeds.Conformance.FeedparserExpectations;

namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>
/// feedparser's own suite (index.jsonl rows with decoded <c>checks</c>): the simple <c>path == 'value'</c>
/// expectations that NewsBot's model can express, plus <c>not bozo</c> (no error) on those cases.
/// </summary>
public sealed class FeedparserConformanceTests(ITestOutputHelper output)
{
    private const double RequiredPassRate = 0.90;

    [SharedDataFact("corpora/feeds/feedparser")]
    public void Parse_FeedparserSuite_PassesAtLeast90PercentAndOnlyKnownFailures()
    {
        // Arrange
        var known = KnownFailures();
        var failures = new List<string>();
        var applicable = 0;

        // Act
        foreach (var line in File.ReadLines(SharedFolder.Corpus("feeds", "feedparser", "index.jsonl")))
        {
            using var row = JsonDocument.Parse(line);
            var outcome = EvaluateRow(row.RootElement, out var detail);
            if (outcome == Outcome.NotApplicable)
            {
                continue;
            }

            applicable++;
            if (outcome == Outcome.Fail)
            {
                failures.Add($"{row.RootElement.GetProperty("path").GetString()}\t{detail}");
            }
        }

        // Assert
        var passRate = (applicable - failures.Count) / (double)applicable;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feedparser: {applicable - failures.Count}/{applicable} applicable cases pass ({passRate:P1})"));
        var unexpected = failures.Where(f => !known.Contains(f.Split('\t')[0])).ToList();
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "newsbot-feedparser-failures.txt"), failures);
        foreach (var failure in unexpected)
        {
            output.WriteLine("UNEXPECTED " + failure);
        }

        Assert.True(passRate >= RequiredPassRate, $"pass rate {passRate:P1} below {RequiredPassRate:P0}");
        Assert.Empty(unexpected);
    }

    private static Outcome EvaluateRow(JsonElement row, out string detail)
    {
        detail = "";
        var path = row.GetProperty("path").GetString()!;
        if (!row.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Object || path.Contains("/sanitize/", StringComparison.Ordinal))
        {
            return Outcome.NotApplicable;
        }

        var feed = FeedParser.Parse(File.ReadAllBytes(SharedFolder.Corpus("feeds", "feedparser", path)), FeedUrl(row, path), ContentType(row));
        var result = Outcome.NotApplicable;
        foreach (var check in checks.GetProperty("equal").EnumerateArray())
        {
            var at = check.GetProperty("at").EnumerateArray().ToList();
            var expected = check.GetProperty("value").GetString() ?? "";
            var outcome = Evaluate(feed, at, expected, out var actual);
            if (outcome == Outcome.Fail)
            {
                detail = $"{string.Join('.', at)}: expected «{expected}» got «{actual}» error «{feed.Error}»";
                return Outcome.Fail;
            }

            result = outcome == Outcome.Pass ? Outcome.Pass : result;
        }

        if (result == Outcome.Pass && checks.GetProperty("bozo").ValueKind == JsonValueKind.False && feed.Error is not null)
        {
            detail = $"not bozo: error «{feed.Error}»";
            return Outcome.Fail;
        }

        return result;
    }

    /// <summary>The URL upstream serves the file from, moved by Content-Location as the fetcher does (FetchResult.FinalUrl).</summary>
    private static Uri? FeedUrl(JsonElement row, string path)
    {
        if (!row.TryGetProperty("http", out var http) || http.ValueKind != JsonValueKind.True)
        {
            return null;
        }

        var url = new Uri("http://127.0.0.1:8097/" + path);
        return Header(row, "content-location") is { } location && Uri.TryCreate(url, location, out var moved) && moved.Scheme is "http" or "https" ? moved : url;
    }

    private static string? ContentType(JsonElement row) => Header(row, "content-type");

    private static string? Header(JsonElement row, string name)
    {
        if (!row.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value.ToString() is { Length: > 0 } value
            ? value
            : null;
    }

    private static HashSet<string> KnownFailures()
    {
        var file = Path.Combine(SharedFolder.RepositoryRoot, "tests", "NewsBot.Tests", "Feeds", "feedparser-known-failures.txt");
        return File.ReadLines(file)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
