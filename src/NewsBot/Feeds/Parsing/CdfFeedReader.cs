using System.Xml.Linq;
using static NewsBot.Feeds.Parsing.XmlHelpers;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Microsoft's Channel Definition Format (1997): <c>&lt;CHANNEL HREF&gt;</c> with <c>&lt;TITLE&gt;</c>, <c>&lt;ABSTRACT&gt;</c>
/// and <c>&lt;ITEM HREF LASTMOD&gt;</c> children, element and attribute names in any case. Old, but still served by a
/// few sites, and the field's lenient readers (feedparser) read it.
/// </summary>
internal static class CdfFeedReader
{
    public static bool IsCdf(XElement root) =>
        root.Name.Namespace == XNamespace.None && root.Name.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase)
        && root.Name.LocalName != "channel" && root.Name.LocalName != "Channel";

    public static ParsedFeed Read(XElement root, Uri? feedUrl, string? error)
    {
        var items = root.Descendants().Where(e => Is(e, "item")).Select(item => new FeedItem(
            Id: null,
            Title: PlainText(Child(item, "title"), singleLine: true),
            Link: ResolveLink(item, Attribute(item, "href"), feedUrl),
            Published: null,
            Updated: FeedDates.Parse(Attribute(item, "lastmod")),
            Author: null,
            Summary: PlainText(Child(item, "abstract"), singleLine: false),
            Content: null,
            Categories: [])).ToList();
        return new ParsedFeed("cdf", PlainText(Child(root, "title"), singleLine: true), ResolveLink(root, Attribute(root, "href"), feedUrl), items, error);
    }

    private static bool Is(XElement element, string name) => element.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => Is(e, name));

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
}
