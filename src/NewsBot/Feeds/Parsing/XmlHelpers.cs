using System.Text;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>Small helpers over the loaded tree: child lookup by namespace, text constructs, base-URL resolution.</summary>
internal static class XmlHelpers
{
    public static XElement? Core(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName && FeedNamespaces.IsRssCore(child.Name.Namespace))
            {
                return child;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> CoreAll(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && FeedNamespaces.IsRssCore(e.Name.Namespace));

    public static XElement? AtomChild(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && FeedNamespaces.IsAtom(e.Name.Namespace));

    public static IEnumerable<XElement> AtomChildren(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && FeedNamespaces.IsAtom(e.Name.Namespace));

    /// <summary>Media RSS descendants; the namespace is written with and without its trailing slash.</summary>
    public static IEnumerable<XElement> Media(XElement parent, string localName) =>
        parent.Descendants().Where(e => e.Name.LocalName == localName
            && e.Name.NamespaceName.TrimEnd('/') == "http://search.yahoo.com/mrss");

    public static string? TextOf(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Plain text of an element whose content may be escaped HTML (RSS style).</summary>
    public static string? PlainText(XElement? element, bool singleLine)
    {
        if (element is null)
        {
            return null;
        }

        var value = element.HasElements ? InnerText(element) : element.Value;
        var plain = HtmlText.ToPlainText(value, singleLine);
        return plain.Length == 0 ? null : plain;
    }

    /// <summary>Plain text of an Atom text construct (type text/html/xhtml, Atom 0.3 mode escaped/base64/xml).</summary>
    public static string? AtomText(XElement? element, bool singleLine)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type") ?? "text").Trim().ToUpperInvariant();
        var mode = ((string?)element.Attribute("mode") ?? "").Trim().ToUpperInvariant();
        string value;
        if (mode == "BASE64" || IsBinaryMediaType(type))
        {
            value = DecodeBase64(element.Value);
        }
        else if (element.HasElements)
        {
            value = InnerText(element);
            return Nullify(HtmlText.Tidy(value, singleLine));
        }
        else
        {
            value = element.Value;
        }

        var html = type is "HTML" or "TEXT/HTML" || mode == "ESCAPED" || type.EndsWith("XHTML", StringComparison.Ordinal)
            || (type is not ("TEXT" or "TEXT/PLAIN") && mode.Length > 0);
        return Nullify(html ? HtmlText.ToPlainText(value, singleLine) : HtmlText.Tidy(value, singleLine));
    }

    /// <summary>Text content of inline XHTML, with line breaks for block elements.</summary>
    public static string InnerText(XElement element)
    {
        var builder = new StringBuilder();
        AppendText(element, builder);
        return builder.ToString();
    }

    /// <summary>Resolves a link against the element's xml:base chain and the feed URL; null for non-web schemes.</summary>
    public static string? ResolveLink(XElement context, string? href, Uri? feedUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        var baseUri = BaseOf(context, feedUrl);
        Uri? resolved = null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !(absolute.IsFile && !href.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            resolved = absolute;
        }
        else if (baseUri is not null && Uri.TryCreate(baseUri, href, out var combined))
        {
            resolved = combined;
        }

        if (resolved is null)
        {
            return href;
        }

        if (resolved.IsFile && !ReferenceEquals(resolved, absolute))
        {
            return href; // a local file parsed from disk: there is no web base to resolve against
        }

        if (resolved.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return ReferenceEquals(resolved, absolute) ? href : resolved.AbsoluteUri;
    }

    public static Uri? BaseOf(XElement context, Uri? feedUrl)
    {
        var chain = new List<string>();
        for (var e = context; e is not null; e = e.Parent)
        {
            if ((string?)e.Attribute(FeedNamespaces.Xml + "base") is { } value)
            {
                chain.Add(value.Trim());
            }
        }

        var current = feedUrl;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (Uri.TryCreate(chain[i], UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                current = absolute;
            }
            else if (current is not null && Uri.TryCreate(current, chain[i], out var combined))
            {
                current = combined;
            }
        }

        return current;
    }

    private static void AppendText(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child)
            {
                var block = child.Name.LocalName is "p" or "br" or "div" or "li" or "tr" or "h1" or "h2" or "h3" or "blockquote";
                if (block)
                {
                    builder.Append('\n');
                }

                AppendText(child, builder);
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    private static bool IsBinaryMediaType(string type) =>
        type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("TEXT/", StringComparison.Ordinal)
        && !type.EndsWith("XML", StringComparison.Ordinal);

    private static string DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return value;
        }
    }

    private static string? Nullify(string value) => value.Length == 0 ? null : value;
}
