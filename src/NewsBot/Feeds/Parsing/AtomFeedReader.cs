using System.Globalization;
using System.Xml.Linq;
using static NewsBot.Feeds.Parsing.XmlHelpers;

namespace NewsBot.Feeds.Parsing;

/// <summary>Atom 1.0 and 0.3 (also tolerated without a namespace).</summary>
internal static class AtomFeedReader
{
    public static ParsedFeed Read(XElement root, Uri? feedUrl, string? error)
    {
        // Some old Atom 0.3 feeds call their entries <item>; feedparser reads them, and so does NewsBot.
        var entries = Children(root, "entry").ToList();
        var items = (entries.Count > 0 ? entries : Children(root, "item")).Select(e => ReadEntry(e, feedUrl)).ToList();
        var title = AtomText(Child(root, "title"), singleLine: true);
        return new ParsedFeed("atom", title, AlternateLink(root, feedUrl), items, error);
    }

    private static FeedItem ReadEntry(XElement entry, Uri? feedUrl)
    {
        var published = Date(entry, "published") ?? Date(entry, "issued") ?? Date(entry, "created")
            ?? FeedDates.Parse(TextOf(entry.Element(FeedNamespaces.Dc + "date")));
        var updated = Date(entry, "updated") ?? Date(entry, "modified");
        published ??= updated; // Atom requires only <updated>; it is then the best publication date there is.
        var author = Child(entry, "author") is { } person
            ? PlainText(Child(person, "name"), singleLine: true) ?? PlainText(Child(person, "email"), singleLine: true)
            : PlainText(entry.Element(FeedNamespaces.Dc + "creator"), singleLine: true);

        var categories = Children(entry, "category")
            .Select(c => (string?)c.Attribute("term") ?? (string?)c.Attribute("label") ?? TextOf(c))
            .Concat(entry.Elements(FeedNamespaces.Dc + "subject").Select(TextOf))
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var id = TextOf(Child(entry, "id"));
        return new FeedItem(
            id,
            AtomText(Child(entry, "title"), singleLine: true),
            AlternateLink(entry, feedUrl),
            published,
            updated,
            author,
            AtomText(Child(entry, "summary"), singleLine: false),
            Children(entry, "content").Select(c => AtomText(c, singleLine: false)).FirstOrDefault(c => c is not null),
            categories,
            Enclosure(entry, feedUrl));
    }

    // Atom 1.0 or 0.3 namespace first; otherwise the parent's own namespace (unknown or no-namespace Atom).
    private static XElement? Child(XElement parent, string localName) =>
        AtomChild(parent, localName) ?? parent.Element(parent.Name.Namespace + localName) ?? parent.Element(localName);

    private static IEnumerable<XElement> Children(XElement parent, string localName)
    {
        var atom = AtomChildren(parent, localName).ToList();
        if (atom.Count > 0)
        {
            return atom;
        }

        var own = parent.Elements(parent.Name.Namespace + localName).ToList();
        return own.Count > 0 ? own : parent.Elements(localName);
    }

    private static DateTimeOffset? Date(XElement parent, string localName) => FeedDates.Parse(TextOf(Child(parent, localName)));

    private static string? AlternateLink(XElement parent, Uri? feedUrl)
    {
        XElement? best = null;
        foreach (var link in Children(parent, "link"))
        {
            var rel = ((string?)link.Attribute("rel") ?? "alternate").Trim();
            if (rel != "alternate" || (string?)link.Attribute("href") is null)
            {
                continue;
            }

            var type = (string?)link.Attribute("type");
            if (best is null || (type is not null && type.Contains("html", StringComparison.OrdinalIgnoreCase)
                && !((string?)best.Attribute("type") ?? "").Contains("html", StringComparison.OrdinalIgnoreCase)))
            {
                best = link;
            }
        }

        return best is null ? null : ResolveLink(best, (string?)best.Attribute("href"), feedUrl);
    }

    private static FeedEnclosure? Enclosure(XElement entry, Uri? feedUrl)
    {
        var link = Children(entry, "link").FirstOrDefault(l => ((string?)l.Attribute("rel"))?.Trim() == "enclosure");
        if (link is null || ResolveLink(link, (string?)link.Attribute("href"), feedUrl) is not { } url)
        {
            return null;
        }

        var length = long.TryParse((string?)link.Attribute("length"), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
        return new FeedEnclosure(url, (string?)link.Attribute("type"), length);
    }
}
