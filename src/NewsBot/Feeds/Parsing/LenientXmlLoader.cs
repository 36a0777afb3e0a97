using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Reads XML that a strict reader rejects (cut short, a flipped byte, a stray &lt; or inserted markup) the way
/// a browser reads HTML: a &lt; that starts no tag is text, an end tag closes up to its open element or is
/// ignored, a new item closes the previous one, and what was cut off by the end of the document is dropped
/// rather than guessed. Runs on the output of <see cref="XmlPrepass"/>, so every '&amp;' starts a valid reference;
/// there is no DTD, so nothing is ever expanded.
/// </summary>
internal static class LenientXmlLoader
{
    public static XElement? Load(string text, out string? error)
    {
        error = null;
        var stack = new List<Open>();
        XElement? root = null;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '<')
            {
                var end = text.IndexOf('<', i);
                if (end < 0)
                {
                    break; // text cut off by the end of the document
                }

                AddText(stack, Decode(text.AsSpan(i, end - i)));
                i = end;
                continue;
            }

            if (Skip(text, i, "<!--", "-->", out i) || Skip(text, i, "<?", "?>", out i) || SkipDeclaration(text, ref i))
            {
                continue;
            }

            if (string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0)
            {
                var close = text.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                AddText(stack, text[(i + 9)..close]);
                i = close + 3;
            }
            else if (i + 1 < text.Length && text[i + 1] == '/' && TryReadName(text, i + 2, out var endName, out var afterName))
            {
                i = TagEnd(text, afterName, out _);
                CloseTo(stack, endName);
            }
            else if (i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                if (!LenientTag.TryRead(text, i, out var tag))
                {
                    break; // a start tag cut off by the end of the document
                }

                if (tag.Interrupted)
                {
                    AddText(stack, "<");
                    i++;
                    continue;
                }

                i = tag.Next;
                if (root is not null && stack.Count == 0)
                {
                    continue; // content after the root element
                }

                var element = Start(stack, tag);
                root ??= element;
                if (stack.Count > XmlTreeLoader.MaxDepth)
                {
                    error = $"Elements nested deeper than {XmlTreeLoader.MaxDepth} levels.";
                    return root;
                }
            }
            else
            {
                AddText(stack, "<");
                i++;
            }
        }

        DropUnfinished(stack);
        if (root is null)
        {
            error = "The document has no root element.";
        }

        return root;
    }

    /// <summary>
    /// The feed element of a recovered tree. Stray markup before the root makes it the root, so the feed is
    /// looked for inside it; a damaged root tag ("&lt;fe?d&gt;") is renamed after what it holds.
    /// </summary>
    public static XElement FeedRoot(XElement root)
    {
        if (root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName is "rss" or "RDF" or "feed" or "channel" || CdfFeedReader.IsCdf(e)) is { } feed)
        {
            if (feed.Name.LocalName == "rss" && feed.Element(feed.Name.Namespace + "channel") is null
                && feed.Elements().FirstOrDefault(e => e.Elements().Any(c => c.Name.LocalName == "item")) is { } damaged)
            {
                damaged.Name = feed.Name.Namespace + "channel"; // "<chann?l>" holding the items
            }

            return feed;
        }

        if (root.Name.LocalName is "entry" or "item")
        {
            // The feed's own tag was damaged beyond reading, so its first entry became the root: put it back in a feed.
            return new XElement(root.Name.Namespace + (root.Name.LocalName == "entry" ? "feed" : "channel"), root);
        }

        if (root.Elements().FirstOrDefault(e => e.Name.LocalName is "entry" or "item") is { } first)
        {
            root.Name = first.Name.Namespace + (first.Name.LocalName == "entry" ? "feed" : "channel");
        }

        return root;
    }

    private static XElement Start(List<Open> stack, LenientTag tag)
    {
        if (Containers(tag.LocalName) is { } containers)
        {
            // Items and channels never nest: a new one closes everything opened since its container (a lost
            // </item>, a stray <p> or <b>), as an HTML parser closes an open <p> at the next one.
            var container = stack.FindLastIndex(o => containers.Contains(o.Element.Name.LocalName));
            if (container >= 0)
            {
                stack.RemoveRange(container + 1, stack.Count - container - 1);
            }
        }

        var scope = stack.Count > 0 ? stack[^1].Scope : NamespaceScope.Initial;
        scope = scope.With(tag.Attributes);
        var element = new XElement(scope.Element(tag.Name));
        foreach (var (name, value) in tag.Attributes)
        {
            if (NamespaceScope.IsDeclaration(name) || scope.Attribute(name) is not { } xname || element.Attribute(xname) is not null)
            {
                continue;
            }

            element.Add(new XAttribute(xname, value));
        }

        if (stack.Count > 0)
        {
            stack[^1].Element.Add(element);
        }

        if (!tag.SelfClosing)
        {
            stack.Add(new Open(element, tag.Name, scope));
        }

        return element;
    }

    /// <summary>Closes the innermost open element of that name and everything inside it; a stray end tag is ignored, and the root closes only at the end.</summary>
    /// <summary>HTML tags found stray in feeds; no feed element has these names.</summary>
    private static readonly HashSet<string> StrayMarkup = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "em", "strong", "small", "big", "font", "center", "p", "br", "hr", "div", "span", "img",
        "script", "style", "ul", "ol", "li", "table", "tr", "td", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>
    /// Closes the open element of that name. HTML tags opened inside it and never closed (a stray &lt;br&gt; or
    /// &lt;b&gt;) give their content back to their parent: else an inserted tag would swallow the item's title and
    /// link. A feed element whose end tag was lost keeps its content.
    /// </summary>
    private static void CloseTo(List<Open> stack, string name)
    {
        var index = stack.FindLastIndex(o => o.Name == name);
        if (index > 0)
        {
            for (var open = stack.Count - 1; open > index; open--)
            {
                var stray = stack[open].Element;
                if (StrayMarkup.Contains(stray.Name.LocalName))
                {
                    stray.ReplaceWith(stray.Nodes().ToArray());
                }
            }

            stack.RemoveRange(index, stack.Count - index);
        }
    }

    /// <summary>
    /// Elements still open at the end were cut short: the containers and the item being read stay (as a lenient
    /// reader keeps them), but what was inside the item when the document ended is dropped, never half a value.
    /// An item left with no title, link or id is dropped too: nothing would tell which item it was ("nothing invented").
    /// </summary>
    private static void DropUnfinished(List<Open> stack)
    {
        var item = stack.Count > 1 ? stack.FindIndex(1, o => !IsContainer(o.Element)) : -1;
        if (item < 0)
        {
            return;
        }

        if (item + 1 < stack.Count)
        {
            stack[item + 1].Element.Remove();
        }

        var cut = stack[item].Element;
        if (cut.Name.LocalName is "item" or "entry" && !cut.Elements().Any(e => e.Name.LocalName is "title" or "link" or "guid" or "id"))
        {
            cut.Remove();
        }
    }

    private static string[]? Containers(string localName) => localName switch
    {
        "item" => ["channel", "RDF"],
        "entry" => ["feed"],
        "channel" => ["rss", "RDF"],
        _ => null,
    };

    private static bool IsContainer(XElement element) => element.Name.LocalName is "rss" or "channel" or "RDF" or "feed";

    private static void AddText(List<Open> stack, string value)
    {
        if (stack.Count > 0 && value.Length > 0)
        {
            stack[^1].Element.Add(new XText(value));
        }
    }

    private static bool Skip(string text, int start, string open, string close, out int next)
    {
        next = start;
        if (string.CompareOrdinal(text, start, open, 0, open.Length) != 0)
        {
            return false;
        }

        var end = text.IndexOf(close, start + open.Length, StringComparison.Ordinal);
        next = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    /// <summary>&lt;!DOCTYPE …&gt; with or without an internal subset; its declarations are never used.</summary>
    private static bool SkipDeclaration(string text, ref int i)
    {
        if (i + 2 >= text.Length || text[i + 1] != '!' || !char.IsAsciiLetter(text[i + 2]))
        {
            return false;
        }

        var bracket = text.IndexOf('[', i);
        var gt = text.IndexOf('>', i);
        var end = bracket >= 0 && (gt < 0 || bracket < gt) ? text.IndexOf("]>", bracket, StringComparison.Ordinal) : gt;
        i = end < 0 ? text.Length : text.IndexOf('>', end) + 1;
        return true;
    }

    /// <summary>Where a tag ends: after its '&gt;', or at a '&lt;' that starts the next tag when the '&gt;' was lost.</summary>
    public static int TagEnd(string text, int from, out bool selfClosing)
    {
        selfClosing = false;
        for (var j = from; j < text.Length; j++)
        {
            switch (text[j])
            {
                case '>':
                    selfClosing = j > from && text[j - 1] == '/';
                    return j + 1;
                case '<':
                    return j;
                default:
                    break;
            }
        }

        return text.Length;
    }

    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or ':';

    public static bool TryReadName(string text, int start, out string name, out int next)
    {
        next = start;
        if (start >= text.Length || !IsNameStart(text[start]))
        {
            name = "";
            return false;
        }

        // A name ends at the first character no name may hold, and at any non-ASCII one: feed vocabularies are
        // ASCII, so "<entry\u00F9" is a damaged "<entry", as feedparser's loose reader sees it too.
        while (next < text.Length && (char.IsAsciiLetterOrDigit(text[next]) || text[next] is '-' or '_' or '.' or ':'))
        {
            next++;
        }

        name = text[start..next];
        return true;
    }

    /// <summary>Replaces the references <see cref="XmlPrepass"/> left: the five predefined ones and numeric ones.</summary>
    public static string Decode(ReadOnlySpan<char> raw)
    {
        var amp = raw.IndexOf('&');
        if (amp < 0)
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        while (amp >= 0)
        {
            builder.Append(raw[..amp]);
            raw = raw[amp..];
            var semi = raw.IndexOf(';');
            var value = semi > 0 ? Reference(raw[1..semi]) : null;
            builder.Append(value ?? "&");
            raw = raw[(value is null ? 1 : semi + 1)..];
            amp = raw.IndexOf('&');
        }

        return builder.Append(raw).ToString();
    }

    private static string? Reference(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        _ => null,
    };

    private static string? CodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF)
            ? char.ConvertFromUtf32(code)
            : null;

    private sealed record Open(XElement Element, string Name, NamespaceScope Scope);
}
