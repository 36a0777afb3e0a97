using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

internal static class FeedNamespaces
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly HashSet<string> RssCore =
    [
        "",
        Rss10.NamespaceName,
        Rss090.NamespaceName,
        "http://purl.org/net/rss1.1#",
        "http://backend.userland.com/rss",
        "http://backend.userland.com/rss2",
        "http://blogs.law.harvard.edu/tech/rss",
        "http://channel.netscape.com/rdf/simple/0.9/",
    ];

    public static bool IsRssCore(XNamespace ns) => RssCore.Contains(ns.NamespaceName);

    public static bool IsAtom(XNamespace ns) => ns == Atom10 || ns == Atom03;
}
