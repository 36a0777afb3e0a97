using System.Globalization;
using System.Text.Json;
using NewsBot.Feeds.Parsing;
using NewsBot.TestKit;

namespace NewsBot.Benchmarks.Feeds.Libraries;

/// <summary>
/// The suites' expectations that every library's output can express: gofeed's translator pairs (feed title and link,
/// item count, each item's title, link and published instant) and feedparser's decoded <c>path == 'value'</c> checks on
/// the feed's and items' titles and links. Text is compared as plain text, as in the conformance tests.
/// </summary>
internal sealed record SuiteCheck(string Suite, string Input, Func<LibraryFeed, bool> Agrees)
{
    private static readonly string[] GofeedFolders = ["rss", "atom"];

    public static IReadOnlyList<SuiteCheck> Load() => [.. Gofeed(), .. Feedparser()];

    private static IEnumerable<SuiteCheck> Gofeed()
    {
        var translator = SharedFolder.Corpus("feeds", "gofeed", "testdata", "translator");
        foreach (var xml in GofeedFolders.SelectMany(f => Directory.GetFiles(Path.Combine(translator, f), "*.xml")).Order(StringComparer.Ordinal))
        {
            var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(xml, ".json"))).RootElement.Clone();
            yield return new SuiteCheck("gofeed", xml, feed => AgreesWithGofeed(feed, expected));
        }
    }

    private static bool AgreesWithGofeed(LibraryFeed feed, JsonElement expected)
    {
        var items = expected.TryGetProperty("items", out var array) ? array.EnumerateArray().ToList() : [];
        if (!SameText(feed.Title, Str(expected, "title")) || feed.Link != Str(expected, "link") || items.Count != feed.Items.Count)
        {
            return false;
        }

        return items.Select((item, i) => (Expected: item, Actual: feed.Items[i])).All(pair =>
            SameText(pair.Actual.Title, Str(pair.Expected, "title"))
            && pair.Actual.Link == Str(pair.Expected, "link")
            && pair.Actual.Published == (Str(pair.Expected, "publishedParsed") is { } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : null));
    }

    private static IEnumerable<SuiteCheck> Feedparser()
    {
        var root = SharedFolder.Corpus("feeds", "feedparser");
        foreach (var line in File.ReadLines(Path.Combine(root, "index.jsonl")))
        {
            using var row = JsonDocument.Parse(line);
            var path = row.RootElement.GetProperty("path").GetString()!;
            if (path.Contains("/sanitize/", StringComparison.Ordinal)
                || !row.RootElement.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var expectations = checks.GetProperty("equal").EnumerateArray()
                .Select(e => (Path: PathOf(e.GetProperty("at")), Value: e.GetProperty("value").GetString() ?? ""))
                .ToList();
            if (expectations.Count == 0 || expectations.Any(e => e.Path is null))
            {
                continue;
            }

            yield return new SuiteCheck("feedparser", Path.Combine(root, path), feed => expectations.All(e => Holds(feed, e.Path!.Value, e.Value)));
        }
    }

    /// <summary>feedparser paths this comparison reads: (item index or -1 for the feed, "title" or "link"); null otherwise.</summary>
    private static (int Item, string Field)? PathOf(JsonElement at)
    {
        var parts = at.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32().ToString(CultureInfo.InvariantCulture) : e.GetString()!).ToArray();
        if (parts is [.. var head, "title_detail", "value"])
        {
            parts = [.. head, "title"];
        }

        return parts switch
        {
            ["feed" or "channel", "title" or "link"] => (-1, parts[1]),
            ["entries" or "items", var n, "title" or "link"] => (int.Parse(n, CultureInfo.InvariantCulture), parts[2]),
            _ => null,
        };
    }

    private static bool Holds(LibraryFeed feed, (int Item, string Field) path, string expected)
    {
        if (path.Item >= feed.Items.Count)
        {
            return false;
        }

        var (title, link) = path.Item < 0 ? (feed.Title, feed.Link) : (feed.Items[path.Item].Title, feed.Items[path.Item].Link);
        return path.Field == "title" ? SameText(title, expected) : link == expected;
    }

    private static bool SameText(string? actual, string? expected)
    {
        var left = HtmlText.Tidy(actual ?? "", singleLine: true);
        return left == HtmlText.Tidy(HtmlText.ToPlainText(expected, singleLine: true), singleLine: true)
            || left == HtmlText.Tidy(expected ?? "", singleLine: true);
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
