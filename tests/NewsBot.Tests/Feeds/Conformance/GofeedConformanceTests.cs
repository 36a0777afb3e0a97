using System.Globalization;
using System.Text.Json;
using NewsBot.Feeds;
using NewsBot.Feeds.Parsing;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>
/// gofeed's translator pairs (X.xml + X.json and JSON Feed X.json + X_expected.json; absent key = empty): title, link, item count, item titles,
/// item links and published dates must agree on at least 95 % of the pairs.
/// </summary>
public sealed class GofeedConformanceTests(ITestOutputHelper output)
{
    private const double RequiredAgreement = 0.95;
    private static readonly string[] Folders = ["rss", "atom"];

    [SharedDataFact("corpora/feeds/gofeed")]
    public void Parse_GofeedTranslatorPairs_AgreeOnAtLeast95Percent()
    {
        // Arrange
        var translator = SharedFolder.Corpus("feeds", "gofeed", "testdata", "translator");
        var pairs = Folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(translator, folder), "*.xml"))
            .Select(xml => (Input: xml, Expected: Path.ChangeExtension(xml, ".json")))
            .Concat(Directory.GetFiles(Path.Combine(translator, "json"), "*_expected.json")
                .Select(expected => (Input: expected.Replace("_expected.json", ".json", StringComparison.Ordinal), Expected: expected)))
            .OrderBy(pair => pair.Input, StringComparer.Ordinal)
            .ToList();
        var disagreements = new List<string>();

        // Act
        foreach (var (input, expectedFile) in pairs)
        {
            var feed = FeedParser.Parse(File.ReadAllBytes(input));
            using var expected = JsonDocument.Parse(File.ReadAllText(expectedFile));
            if (Disagreement(feed, expected.RootElement) is { } reason)
            {
                disagreements.Add($"{Path.GetFileName(input)}: {reason}");
            }
        }

        // Assert
        var agreement = (pairs.Count - disagreements.Count) / (double)pairs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gofeed translator: {pairs.Count - disagreements.Count}/{pairs.Count} pairs agree ({agreement:P1})"));
        disagreements.ForEach(d => output.WriteLine("DISAGREE " + d));
        Assert.True(pairs.Count >= 90, $"only {pairs.Count} pairs found");
        Assert.True(agreement >= RequiredAgreement, $"agreement {agreement:P1} below {RequiredAgreement:P0}");
    }

    [SharedDataTheory("corpora/feeds/gofeed")]
    [InlineData("atom03_feed.xml", "atom", "Feed Title")]
    [InlineData("atom10_feed.xml", "atom", "Feed Title")]
    [InlineData("rss_feed.xml", "rss", "Feed Title")]
    [InlineData("rss_feed_bom.xml", "rss", "Feed Title")]
    [InlineData("rss_feed_leading_spaces.xml", "rss", "Feed Title")]
    [InlineData("rdf_feed.xml", "rdf", "Feed Title")]
    [InlineData("json10_feed.json", "json", "title")]
    [InlineData("json11_feed.json", "json", "title")]
    [InlineData("sample.json", "json", "title")]
    public void Parse_GofeedUniversalFeed_DetectsTypeAndTitle(string file, string format, string title)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(SharedFolder.Corpus("feeds", "gofeed", "testdata", "parser", "universal", file)));

        Assert.Null(feed.Error);
        Assert.Equal(format, feed.Format);
        Assert.Equal(title, feed.Title);
    }

    [SharedDataTheory("corpora/feeds/gofeed")]
    [InlineData("unknown_feed.xml")]
    [InlineData("empty_feed.xml")]
    [InlineData("invalid.json")]
    public void Parse_GofeedUniversalNonFeed_ReturnsError(string file)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(SharedFolder.Corpus("feeds", "gofeed", "testdata", "parser", "universal", file)));

        Assert.NotNull(feed.Error);
        Assert.Equal("unknown", feed.Format);
        Assert.Empty(feed.Items);
    }

    private static string? Disagreement(ParsedFeed feed, JsonElement expected)
    {
        if (!SameText(feed.Title, Str(expected, "title")))
        {
            return $"title «{feed.Title}» vs «{Str(expected, "title")}»";
        }

        if (feed.Link != Str(expected, "link"))
        {
            return $"link «{feed.Link}» vs «{Str(expected, "link")}»";
        }

        var items = expected.TryGetProperty("items", out var array) ? array.EnumerateArray().ToList() : [];
        if (items.Count != feed.Items.Count)
        {
            return $"item count {feed.Items.Count} vs {items.Count}";
        }

        for (var i = 0; i < items.Count; i++)
        {
            var actual = feed.Items[i];
            if (!SameText(actual.Title, Str(items[i], "title")))
            {
                return $"item {i} title «{actual.Title}» vs «{Str(items[i], "title")}»";
            }

            if (actual.Link != Str(items[i], "link"))
            {
                return $"item {i} link «{actual.Link}» vs «{Str(items[i], "link")}»";
            }

            var published = Str(items[i], "publishedParsed") is { } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : (DateTimeOffset?)null;
            if (actual.Published != published)
            {
                return $"item {i} published {actual.Published:O} vs {published:O}";
            }
        }

        return null;
    }

    private static bool SameText(string? actual, string? expected) =>
        HtmlText.Tidy(actual ?? "", singleLine: true) == HtmlText.ToPlainText(expected, singleLine: true);

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
