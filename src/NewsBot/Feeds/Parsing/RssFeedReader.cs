using System.Globalization;
using System.Xml.Linq;
using static NewsBot.Feeds.Parsing.XmlHelpers;

namespace NewsBot.Feeds.Parsing;

/// <summary>RSS 0.9x/2.0 and RDF (RSS 0.90/1.0): items under channel, or siblings of channel in RDF.</summary>
internal static class RssFeedReader
{
    public static ParsedFeed Read(XElement root, string format, Uri? feedUrl, string? error)
    {
        var channel = Core(root, "channel") ?? (root.Name.LocalName is "channel" or "Channel" ? root : null);
        var itemElements = new List<XElement>();
        if (channel is not null)
        {
            itemElements.AddRange(CoreAll(channel, "item"));
            if (root.Name.LocalName == "Channel" && Core(channel, "items") is { } collection)
            {
                itemElements.AddRange(CoreAll(collection, "item")); // RSS 1.1: <items rdf:parseType="Collection">
            }
        }

        if (channel != root)
        {
            itemElements.AddRange(CoreAll(root, "item"));
        }

        if (format == "rdf" && channel is null && itemElements.Count == 0)
        {
            // A damaged namespace declaration leaves the RDF's children in an unknown namespace: find them by name.
            channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
            itemElements.AddRange(root.Elements().Where(e => e.Name.LocalName == "item"));
        }

        var items = itemElements.Select(e => ReadItem(e, feedUrl)).ToList();
        var title = channel is null ? null : PlainText(Core(channel, "title"), singleLine: true)
            ?? PlainText(channel.Element(FeedNamespaces.Dc + "title"), singleLine: true);
        var link = channel is null ? null : ResolveLink(channel, TextOf(Core(channel, "link")), feedUrl)
            ?? AtomLink(channel, feedUrl);
        return RssScheduleHints.AddTo(new ParsedFeed(format, title, link, items, error), channel);
    }

    private static FeedItem ReadItem(XElement item, Uri? feedUrl)
    {
        var guidElement = Core(item, "guid");
        var guid = TextOf(guidElement);
        var about = (string?)item.Attribute(FeedNamespaces.Rdf + "about");
        var link = ResolveLink(item, TextOf(Core(item, "link")), feedUrl)
            ?? AtomLink(item, feedUrl)
            ?? PermalinkGuid(guidElement, guid, item, feedUrl);

        var published = FeedDates.Parse(TextOf(Core(item, "pubDate")))
            ?? FeedDates.Parse(TextOf(item.Element(FeedNamespaces.Dc + "date")))
            ?? FeedDates.Parse(TextOf(item.Element(FeedNamespaces.DcTerms + "issued")))
            ?? FeedDates.Parse(TextOf(item.Element(FeedNamespaces.Atom10 + "published")));
        var updated = FeedDates.Parse(TextOf(item.Element(FeedNamespaces.Atom10 + "updated")))
            ?? FeedDates.Parse(TextOf(item.Element(FeedNamespaces.DcTerms + "modified")))
            ?? FeedDates.Parse(TextOf(item.Element(FeedNamespaces.Dc + "date")));

        var author = PlainText(Core(item, "author"), singleLine: true)
            ?? PlainText(item.Element(FeedNamespaces.Dc + "creator"), singleLine: true)
            ?? PlainText(item.Elements().FirstOrDefault(e => e.Name.LocalName == "author"), singleLine: true);

        var summary = PlainText(Core(item, "description"), singleLine: false)
            ?? PlainText(item.Element(FeedNamespaces.Dc + "description"), singleLine: false)
            ?? PlainText(Itunes(item, "summary").FirstOrDefault(), singleLine: false)
            ?? PlainText(Media(item, "description").FirstOrDefault(), singleLine: false);
        var content = PlainText(item.Element(FeedNamespaces.Content + "encoded"), singleLine: false)
            ?? PlainText(item.Elements().FirstOrDefault(e => e.Name.LocalName is "body" or "fullitem"), singleLine: false);

        var categories = CoreAll(item, "category").Concat(item.Elements(FeedNamespaces.Dc + "subject"))
            .Concat(Media(item, "category"))
            .Select(e => PlainText(e, singleLine: true))
            .Concat(Itunes(item, "category").SelectMany(c => c.DescendantsAndSelf()).Select(e => (string?)e.Attribute("text")))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var title = PlainText(Core(item, "title"), singleLine: true)
            ?? PlainText(item.Element(FeedNamespaces.Dc + "title"), singleLine: true)
            ?? PlainText(Media(item, "title").FirstOrDefault(), singleLine: true);
        return new FeedItem(guid ?? about, title, link, published, updated, author, summary, content, categories, Enclosure(item, feedUrl));
    }

    // The iTunes namespace is spelled with varying case in the wild.
    private static IEnumerable<XElement> Itunes(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName
            && e.Name.NamespaceName.Equals(FeedNamespaces.Itunes.NamespaceName, StringComparison.OrdinalIgnoreCase));

    private static string? PermalinkGuid(XElement? guidElement, string? guid, XElement item, Uri? feedUrl)
    {
        if (guidElement is null || guid is null)
        {
            return null;
        }

        var isPermaLink = (string?)guidElement.Attribute("isPermaLink");
        if (isPermaLink is not null && !isPermaLink.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? ResolveLink(item, guid, feedUrl)
            : null;
    }

    private static string? AtomLink(XElement parent, Uri? feedUrl)
    {
        var link = parent.Elements(FeedNamespaces.Atom10 + "link")
            .FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
        return link is null ? null : ResolveLink(link, (string?)link.Attribute("href"), feedUrl);
    }

    private static FeedEnclosure? Enclosure(XElement item, Uri? feedUrl)
    {
        var enclosure = Core(item, "enclosure");
        if (enclosure is not null && ResolveLink(enclosure, (string?)enclosure.Attribute("url"), feedUrl) is { } url)
        {
            return new FeedEnclosure(url, (string?)enclosure.Attribute("type"), Length((string?)enclosure.Attribute("length")));
        }

        var media = Media(item, "content").FirstOrDefault();
        if (media is not null && ResolveLink(media, (string?)media.Attribute("url"), feedUrl) is { } mediaUrl)
        {
            return new FeedEnclosure(mediaUrl, (string?)media.Attribute("type"), Length((string?)media.Attribute("fileSize")));
        }

        return null;
    }

    private static long? Length(string? value) =>
        long.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;
}
