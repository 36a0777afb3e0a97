using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Turns the article node into paragraphs: block elements (and divs holding bare text) in document order, one
/// paragraph each, without figures, without elements whose class or id names clutter (share bars, author boxes,
/// newsletter and "baca juga" boxes), and without short link-heavy blocks (related-article lists, tag rows).
/// </summary>
internal static partial class ArticleBlocks
{
    /// <summary>A div counts as a paragraph only with this much text of its own (not in child blocks).</summary>
    public const int MinOwnText = 25;

    // A page of 5 MiB of tiny paragraphs must not cost a link-density walk per block forever.
    private const int MaxBlocks = 3000;

    private static readonly string[] Removed = ["figure", "figcaption", "aside", "nav", "form", "button", "iframe", "script", "style", "noscript"];

    /// <summary>Paragraphs separated by a blank line; null when the node holds no text.</summary>
    public static string? Text(IElement article)
    {
        foreach (var element in article.QuerySelectorAll(string.Join(',', Removed)).ToList())
        {
            element.Remove();
        }

        foreach (var element in article.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            if (element != article && IsClutter(element))
            {
                element.Remove();
            }
        }

        var paragraphs = new List<string>();
        foreach (var block in Blocks(article))
        {
            var text = block.LocalName == "div" ? OwnText(block) : Normalise(block.TextContent);
            if (text.Length > 0 && !(LinkDensity(block) > 0.5 && text.Length < 200))
            {
                paragraphs.Add(text);
            }
        }

        // No blocks (text straight in the node): its whole text, unless that is a word or two or mostly links.
        var whole = Normalise(article.TextContent);
        if (paragraphs.Count == 0 && whole.Length >= MinOwnText
            && article.QuerySelectorAll("a").Sum(a => a.TextContent.Length) <= whole.Length / 2)
        {
            paragraphs.Add(whole);
        }

        var joined = string.Join("\n\n", paragraphs.Distinct(StringComparer.Ordinal));
        return joined.Length == 0 ? null : joined;
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static IEnumerable<IElement> Blocks(IElement root) =>
        root.QuerySelectorAll("p, pre, blockquote, li, h2, h3, h4, td, div")
            .Where(e => e.LocalName != "div" || OwnTextLength(e) >= MinOwnText)
            .Where(e => !InsideCollectedBlock(e, root))
            .Take(MaxBlocks);

    // A block inside another collected block (p inside li or blockquote): the outer one already has its text.
    private static bool InsideCollectedBlock(IElement block, IElement root)
    {
        for (var parent = block.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (parent.LocalName is "p" or "li" or "blockquote" or "td" or "pre")
            {
                return true;
            }
        }

        return false;
    }

    private static int OwnTextLength(IElement div) =>
        div.ChildNodes.Where(n => n.NodeType == NodeType.Text).Sum(n => n.TextContent.Trim().Length);

    // A div that holds bare text: its own text runs, split at <br>, with inline elements' text kept.
    private static string OwnText(IElement div)
    {
        var builder = new StringBuilder();
        foreach (var node in div.ChildNodes)
        {
            if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent);
            }
            else if (node is IElement { LocalName: "br" })
            {
                builder.Append('\n');
            }
            else if (node is IElement { LocalName: "a" or "b" or "strong" or "em" or "i" or "span" or "u" } inline)
            {
                builder.Append(inline.TextContent);
            }
        }

        return string.Join("\n\n", builder.ToString().Split('\n').Select(Normalise).Where(line => line.Length > 0));
    }

    // For a div only its own links count: its child blocks are judged on their own.
    private static double LinkDensity(IElement block)
    {
        var links = block.LocalName == "div" ? block.Children.Where(c => c.LocalName == "a") : block.QuerySelectorAll("a");
        var length = block.LocalName == "div" ? OwnText(block).Length : block.TextContent.Length;
        return length == 0 ? 0 : Math.Min(1, links.Sum(a => a.TextContent.Length) / (double)length);
    }

    private static bool IsClutter(IElement element)
    {
        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}";
        return Clutter().IsMatch(names) && !Content().IsMatch(names) && element.LocalName is not ("article" or "main" or "body");
    }

    [GeneratedRegex("article|body|content|entry|main|post|story|text|detail|isi|read|berita|news", RegexOptions.IgnoreCase)]
    private static partial Regex Content();

    [GeneratedRegex(@"comment|sidebar|widget|related|terkait|rekomendasi|populer|popular|share|sharing|social|sosmed|sponsor|promo|banner|advert|iklan|\bads?\b|breadcrumb|navigation|navbar|menu|newsletter|subscribe|cookie|modal|popup|baca-?juga|readalso|read-also|footer|header|dialog|complementary|author|byline|caption", RegexOptions.IgnoreCase)]
    private static partial Regex Clutter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
