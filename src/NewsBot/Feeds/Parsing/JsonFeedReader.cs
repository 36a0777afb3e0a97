using System.Text.Json;

namespace NewsBot.Feeds.Parsing;

/// <summary>JSON Feed 1.0 and 1.1.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ParsedFeed Read(string text, Uri? feedUrl)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ParsedFeed("unknown", null, null, [], "JSON document is not an object.");
        }

        var version = String(root, "version");
        var looksLikeFeed = root.TryGetProperty("items", out var probe) && probe.ValueKind == JsonValueKind.Array;
        if ((version is null || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase)) && !looksLikeFeed)
        {
            return new ParsedFeed("unknown", null, null, [], "JSON document is not a JSON Feed (no jsonfeed.org version, no items).");
        }

        var items = new List<FeedItem>();
        if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    items.Add(ReadItem(item, feedUrl));
                }
            }
        }

        var title = Plain(String(root, "title"), singleLine: true);
        return new ParsedFeed("json", title, Link(String(root, "home_page_url"), feedUrl), items, null);
    }

    private static FeedItem ReadItem(JsonElement item, Uri? feedUrl)
    {
        var id = item.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idElement.ToString()
            : null;
        var author = AuthorName(item);
        var categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList()
            : [];
        var content = Plain(String(item, "content_html"), singleLine: false) ?? Plain(String(item, "content_text"), singleLine: false);

        FeedEnclosure? enclosure = null;
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            var first = attachments.EnumerateArray().FirstOrDefault(a => a.ValueKind == JsonValueKind.Object);
            if (first.ValueKind == JsonValueKind.Object && Link(String(first, "url"), feedUrl) is { } url)
            {
                var length = first.TryGetProperty("size_in_bytes", out var size) && size.TryGetInt64(out var bytes) ? bytes : (long?)null;
                enclosure = new FeedEnclosure(url, String(first, "mime_type"), length);
            }
        }

        return new FeedItem(
            id,
            Plain(String(item, "title"), singleLine: true),
            Link(String(item, "url"), feedUrl) ?? Link(String(item, "external_url"), feedUrl),
            FeedDates.Parse(String(item, "date_published")),
            FeedDates.Parse(String(item, "date_modified")),
            author,
            Plain(String(item, "summary"), singleLine: false),
            content,
            categories,
            enclosure);
    }

    private static string? AuthorName(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
                {
                    return name;
                }
            }
        }

        return item.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? String(single, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Plain(string? value, bool singleLine)
    {
        var plain = HtmlText.ToPlainText(value, singleLine);
        return plain.Length == 0 ? null : plain;
    }

    private static string? Link(string? value, Uri? feedUrl)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !(absolute.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return absolute.Scheme is "http" or "https" ? trimmed : null;
        }

        return feedUrl is not null && !feedUrl.IsFile && Uri.TryCreate(feedUrl, trimmed, out var combined) && combined.Scheme is "http" or "https"
            ? combined.AbsoluteUri
            : trimmed;
    }
}
