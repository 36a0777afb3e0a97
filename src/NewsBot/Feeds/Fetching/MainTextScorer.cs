using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Readability-style scoring: each text block (paragraph, or a div holding bare text) gives points to its parent
/// and half to its grandparent; class/id names push containers up or down; link-heavy containers lose.
/// </summary>
internal static partial class MainTextScorer
{
    public const int MinBlockLength = 25;

    // Bounds for hostile pages (5 MiB of nested divs): only so many blocks are scored, and only the best
    // candidates pay for a link-density walk of their subtree.
    private const int MaxBlocks = 3000;
    private const int MaxCandidates = 20;

    private static readonly string[] Removed =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "input",
        "nav", "header", "footer", "aside", "figure", "figcaption", "video", "audio", "object", "embed",
    ];

    public static void RemoveClutter(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(string.Join(',', Removed)).ToList())
        {
            element.Remove();
        }

        foreach (var element in root.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            if (element.ParentElement is not null && IsUnlikely(element))
            {
                element.Remove();
            }
        }
    }

    /// <summary>The element holding the article body, or null when the page has no text blocks.</summary>
    public static IElement? BestContainer(IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in TextBlocks(root))
        {
            var text = Normalise(BlockText(block));
            if (text.Length < MinBlockLength)
            {
                continue;
            }

            var points = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            if (block.ParentElement is { } parent)
            {
                Add(scores, parent, points);
                if (parent.ParentElement is { } grandparent && grandparent.LocalName != "html")
                {
                    Add(scores, grandparent, points / 2.0);
                }
            }
        }

        return scores
            .Select(pair => (Element: pair.Key, Score: pair.Value + ClassWeight(pair.Key)))
            .OrderByDescending(candidate => candidate.Score)
            .Take(MaxCandidates)
            .Select(candidate => (candidate.Element, Score: candidate.Score * (1 - LinkDensity(candidate.Element))))
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Element)
            .FirstOrDefault();
    }

    /// <summary>Block elements and text-only divs, in document order (at most <see cref="MaxBlocks"/>).</summary>
    public static IEnumerable<IElement> TextBlocks(IElement root) =>
        root.QuerySelectorAll("p, pre, blockquote, li, h2, h3, h4, td, div")
            .Where(e => e.LocalName != "div" || HasOwnText(e))
            .Take(MaxBlocks);

    /// <summary>A div block's own text (not its descendants'); any other block's whole text.</summary>
    public static string BlockText(IElement block) =>
        block.LocalName == "div"
            ? string.Concat(block.ChildNodes.Where(n => n.NodeType == NodeType.Text || n is IElement { LocalName: "a" or "b" or "strong" or "em" or "i" or "span" or "u" }).Select(n => n.TextContent))
            : block.TextContent;

    /// <summary>Link density of a block: a div's own children only (its nested blocks are judged on their own).</summary>
    public static double BlockLinkDensity(IElement block)
    {
        if (block.LocalName != "div")
        {
            return LinkDensity(block);
        }

        var length = BlockText(block).Length;
        var linked = block.Children.Where(child => child.LocalName == "a").Sum(a => a.TextContent.Length);
        return length == 0 ? 0 : Math.Min(1, linked / (double)length);
    }

    public static double LinkDensity(IElement element)
    {
        var length = element.TextContent.Length;
        if (length == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, linked / (double)length);
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static bool HasOwnText(IElement element) =>
        element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Sum(n => n.TextContent.Trim().Length) >= MinBlockLength
        && !element.Children.Any(child => child.LocalName == "p");

    private static void Add(Dictionary<IElement, double> scores, IElement element, double points) =>
        scores[element] = scores.GetValueOrDefault(element) + points;

    private static double ClassWeight(IElement element)
    {
        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}";
        var weight = 0.0;
        weight += Positive().IsMatch(names) ? 25 : 0;
        weight -= Negative().IsMatch(names) ? 25 : 0;
        weight += element.LocalName is "article" or "main" ? 10 : 0;
        return weight;
    }

    private static bool IsUnlikely(IElement element)
    {
        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}";
        return Unlikely().IsMatch(names) && !Positive().IsMatch(names) && element.LocalName is not ("article" or "main" or "body");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("article|body|content|entry|main|post|story|text|detail|isi|read|berita|news", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex("comment|meta|footer|footnote|sidebar|widget|related|terkait|rekomendasi|populer|popular|share|social|sponsor|promo|banner|advert|iklan|ads?[-_]|tag|breadcrumb|navigation|menu|newsletter|subscribe", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"comment|sidebar|widget|related|terkait|rekomendasi|populer|popular|share|sharing|social|sosmed|sponsor|promo|banner|advert|iklan|\bads?\b|breadcrumb|navigation|navbar|menu|newsletter|subscribe|cookie|modal|popup|baca-?juga|readalso|read-also|footer|header|dialog|complementary", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();
}
