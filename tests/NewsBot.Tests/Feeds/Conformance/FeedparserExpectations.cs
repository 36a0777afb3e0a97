using System.Text.Json;
using NewsBot.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>
/// Maps feedparser result paths (<c>["entries", 0, "title"]</c>) onto <see cref="ParsedFeed"/>.
/// Text is compared as plain text (NewsBot stores plain text; feedparser stores HTML), dates as instants.
/// </summary>
internal static class FeedparserExpectations
{
    public enum Outcome
    {
        NotApplicable,
        Pass,
        Fail,
    }

    public static Outcome Evaluate(ParsedFeed feed, IReadOnlyList<JsonElement> at, string expected, out string? actual)
    {
        actual = null;
        var path = Normalise(at);
        if (path is null)
        {
            return Outcome.NotApplicable;
        }

        switch (path)
        {
            case ["version"]:
                actual = feed.Format;
                return actual == VersionToFormat(expected) ? Outcome.Pass : Outcome.Fail;
            case ["feed", "title"]:
                return Text(feed.Title, expected, out actual);
            case ["feed", "link"]:
                actual = feed.Link;
                return actual == expected ? Outcome.Pass : Outcome.Fail;
            case ["entries", int index, .. var rest]:
                var item = index < feed.Items.Count ? feed.Items[index] : null;
                return EvaluateItem(item, rest, expected, out actual);
            default:
                return Outcome.NotApplicable;
        }
    }

    private static Outcome EvaluateItem(FeedItem? item, object[] rest, string expected, out string? actual)
    {
        actual = null;
        switch (rest)
        {
            case ["title"]:
                return Text(item?.Title, expected, out actual);
            case ["summary"]:
                return Text(item?.Summary, expected, out actual);
            case ["content", 0, "value"]:
                return Text(item?.Content, expected, out actual);
            case ["author"]:
                return Text(item?.Author, expected, out actual);
            case ["author-name"]:
                return Text(NameOf(item?.Author), expected, out actual);
            case ["tags", int tag, "term"]:
                return Text(item is not null && tag < item.Categories.Count ? item.Categories[tag] : null, expected, out actual);
            case ["link"]:
                actual = item?.Link;
                return actual == expected ? Outcome.Pass : Outcome.Fail;
            case ["id"]:
                actual = item?.Id;
                return actual == expected ? Outcome.Pass : Outcome.Fail;
            case ["published"]:
                return Date(item?.Published, expected, out actual);
            case ["updated"]:
                return Date(item?.Updated, expected, out actual);
            case ["enclosures", 0, "href"]:
                actual = item?.Enclosure?.Url;
                return actual == expected ? Outcome.Pass : Outcome.Fail;
            case ["enclosures", 0, "type"]:
                actual = item?.Enclosure?.MediaType;
                return actual == expected ? Outcome.Pass : Outcome.Fail;
            default:
                return Outcome.NotApplicable;
        }
    }

    /// <summary>Applies feedparser's aliases; null when the path leaves NewsBot's model.</summary>
    private static object[]? Normalise(IReadOnlyList<JsonElement> at)
    {
        var parts = at.Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : (object)e.GetString()!).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        parts[0] = parts[0] switch
        {
            "channel" => "feed",
            "items" => "entries",
            var other => other,
        };
        for (var i = 1; i < parts.Count; i++)
        {
            parts[i] = parts[i] switch
            {
                "guid" => "id",
                "date" or "modified" => "updated",
                "issued" => "published",
                "description" when parts[0] is "entries" => "summary",
                "url" => "href",
                "category" => "tags",
                "title_detail" or "summary_detail" or "author_detail" => ((string)parts[i])[..^7],
                var other => other,
            };
        }

        // x_detail.value is x; author_detail.name is author; category is tags[0].term.
        if (parts.Count >= 2 && parts[^1] is "value" && parts[^2] is "title" or "summary")
        {
            parts.RemoveAt(parts.Count - 1);
        }
        else if (parts.Count >= 2 && parts[^1] is "name" && parts[^2] is "author")
        {
            parts[^1] = "author-name";
            parts.RemoveAt(parts.Count - 2);
        }
        else if (parts[^1] is "tags")
        {
            parts.AddRange([0, "term"]);
        }

        return [.. parts];
    }

    private static string VersionToFormat(string version) => version switch
    {
        "rss090" or "rss10" => "rdf",
        _ when version.StartsWith("rss", StringComparison.Ordinal) => "rss",
        _ when version.StartsWith("atom", StringComparison.Ordinal) => "atom",
        _ when version.StartsWith("json", StringComparison.Ordinal) => "json",
        _ => "unknown",
    };

    /// <summary>feedparser's author_detail.name: the name part of "email (name)" or "name (email)".</summary>
    private static string? NameOf(string? author)
    {
        var open = author?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        if (author is null || open < 0 || !author.EndsWith(')'))
        {
            return author;
        }

        var outside = author[..open].Trim();
        var inside = author[(open + 1)..^1].Trim();
        return outside.Contains('@', StringComparison.Ordinal) ? inside : outside;
    }

    /// <summary>Equal as plain text: feedparser keeps HTML (sanitised) or raw text, NewsBot keeps plain text.</summary>
    private static Outcome Text(string? value, string expected, out string? actual)
    {
        actual = value;
        var left = HtmlText.Tidy(value ?? "", singleLine: true);
        var plain = HtmlText.Tidy(HtmlText.ToPlainText(expected, singleLine: true), singleLine: true);
        return left == plain || left == HtmlText.Tidy(expected, singleLine: true) ? Outcome.Pass : Outcome.Fail;
    }

    private static Outcome Date(DateTimeOffset? value, string expected, out string? actual)
    {
        actual = value?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return value == FeedDates.Parse(expected) ? Outcome.Pass : Outcome.Fail;
    }
}
