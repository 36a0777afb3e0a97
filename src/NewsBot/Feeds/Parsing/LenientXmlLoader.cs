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
        var rootEnded = false;
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

                i = ReadText(text, i, end, stack);
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
                rootEnded |= CloseTo(stack, endName);
            }
            else if (stack.Count > 1 && DamagedTag.IsEndOf(text, i, stack[^1].Name))
            {
                i += stack[^1].Name.Length + 3;
                CloseTo(stack, stack[^1].Name);
            }
            else if (ItemName(stack) is { } itemName && DamagedTag.StartOf(text, i, itemName) is { } damaged)
            {
                i = damaged.Next;
                Start(stack, damaged);
            }
            else if (i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                if (!LenientTag.TryRead(text, i, out var tag))
                {
                    break; // a start tag cut off by the end of the document
                }

                if (tag.Interrupted && tag.LocalName == ItemName(stack))
                {
                    tag = tag with { Interrupted = false }; // "<item" whose '>' was lost: the item's children follow
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

        if (!rootEnded)
        {
            DropUnfinished(stack);
        }

        if (root is null)
        {
            error = "The document has no root element.";
        }

        DropDamagedFields(root);
        return root;
    }

    /// <summary>
    /// A field whose start tag is damaged is dropped rather than guessed: with its type attribute broken an escaped
    /// HTML title would be read as plain text ("&lt;b&gt;&amp;#38;&lt;/b&gt;" for "&amp;"), with its href broken a link would point elsewhere.
    /// </summary>
    private static void DropDamagedFields(XElement? root)
    {
        foreach (var field in root?.Descendants().Where(e => !e.HasElements && e.Annotation<DamagedStartTag>() is not null).ToList() ?? [])
        {
            field.Remove();
        }
    }

    private sealed class DamagedStartTag;

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
        if (!tag.SelfClosing && Containers(tag.LocalName) is { } containers)
        {
            // Items and channels never nest: a new one closes everything opened since its container (a lost
            // </item>, a stray <p> or <b>), as an HTML parser closes an open <p> at the next one.
            // An extension element below an item's children may hold items (FeedSync's <item><sx:sync><sx:conflicts>):
            // inside one, an item nests as written.
            var container = stack.FindLastIndex(o => containers.Contains(o.Element.Name.LocalName));
            if (container >= 0 && !stack.Skip(container + 3).Any(o => o.Name.Contains(':', StringComparison.Ordinal)))
            {
                stack.RemoveRange(container + 1, stack.Count - container - 1);
            }
        }

        var scope = stack.Count > 0 ? stack[^1].Scope : NamespaceScope.Initial;
        scope = scope.With(tag.Attributes);
        var element = new XElement(scope.Element(tag.Name));
        if (tag.Damaged)
        {
            element.AddAnnotation(new DamagedStartTag());
        }

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
    private static bool CloseTo(List<Open> stack, string name)
    {
        var index = stack.FindLastIndex(o => o.Name == name);
        if (index < 0 && stack.Count > 1 && name.Length == stack[^1].Name.Length && name.Length >= 3 && DamagedTag.IsEndOf("</" + name + ">", 0, stack[^1].Name))
        {
            index = stack.Count - 1; // "</tit2e>" closes the open <title>
        }

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

        return index == 0;
    }

    /// <summary>
    /// Elements still open at the end of a document cut short (its root's end tag never came): the containers and
    /// the item being read stay, as a lenient reader keeps them, with the children it completed; the child being read
    /// when the document ended is dropped, never half a value (a cut link would point elsewhere).
    /// </summary>
    private static void DropUnfinished(List<Open> stack)
    {
        var item = stack.Count > 1 ? stack.FindIndex(1, o => !IsContainer(o.Element)) : -1;
        if (item >= 0 && item + 1 < stack.Count)
        {
            stack[item + 1].Element.Remove();
        }
    }

    /// <summary>
    /// Text up to the next '&lt;'. An end tag of the open element whose '&lt;' was flipped ("\u00AD/title&gt;") closes
    /// it, and an item start tag whose '&lt;' was flipped opens the item, as <see cref="DamagedTag"/> reads them.
    /// </summary>
    private static int ReadText(string text, int i, int end, List<Open> stack)
    {
        if (stack.Count > 1 && DamagedTag.FlippedEndIn(text, i, end, stack[^1].Name) is var close and >= 0)
        {
            AddText(stack, XmlReferences.Decode(text.AsSpan(i, close - i)));
            var next = close + stack[^1].Name.Length + 3;
            CloseTo(stack, stack[^1].Name);
            return next;
        }

        if (ItemName(stack) is { } item && DamagedTag.FlippedStartIn(text, i, end, item) is { } start)
        {
            AddText(stack, XmlReferences.Decode(text.AsSpan(i, start.At - i)));
            Start(stack, start.Tag);
            return start.Tag.Next;
        }

        AddText(stack, XmlReferences.Decode(text.AsSpan(i, end - i)));
        return end;
    }

    /// <summary>The element the innermost open feed element holds in a list: a channel, an item or an entry.</summary>
    private static string? ItemName(List<Open> stack) => stack.Count == 0 ? null : stack[^1].Element.Name.LocalName switch
    {
        "rss" => "channel",
        "channel" or "RDF" or "items" => "item",
        "feed" => "entry",
        _ => null,
    };

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

    /// <summary>
    /// &lt;!DOCTYPE …&gt; with or without an internal subset; its declarations are never used. A comment whose
    /// opening lost a byte ("&lt;!z-") is skipped to its "--&gt;": a '[' in its text starts no internal subset.
    /// </summary>
    private static bool SkipDeclaration(string text, ref int i)
    {
        if (i + 3 >= text.Length || text[i + 1] != '!')
        {
            return false;
        }

        if (text[i + 2] == '-' || text[i + 3] == '-')
        {
            var comment = text.IndexOf("-->", i, StringComparison.Ordinal);
            i = comment < 0 ? text.Length : comment + 3;
            return true;
        }

        if (!char.IsAsciiLetter(text[i + 2]))
        {
            return false;
        }

        var bracket = string.CompareOrdinal(text, i, "<!DOCTYPE", 0, 9) == 0 ? text.IndexOf('[', i) : -1;
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

    private sealed record Open(XElement Element, string Name, NamespaceScope Scope);
}
