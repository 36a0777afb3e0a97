using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Builds an <see cref="XElement"/> tree node by node from a hardened <see cref="XmlReader"/>, so that when the
/// document breaks, everything read before the break is kept (the open elements are simply left closed).
/// </summary>
internal static class XmlTreeLoader
{
    /// <summary>Real feeds nest a dozen levels (XHTML content a few more); anything deeper is hostile.</summary>
    public const int MaxDepth = 512;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Prefixes feeds use without declaring them; both loaders resolve them the same way.</summary>
    internal static readonly Dictionary<string, string> WellKnownPrefixes = new(StringComparer.Ordinal)
    {
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["xml"] = "http://www.w3.org/XML/1998/namespace",
    };

    public static XElement? Load(string text, out string? error)
    {
        var root = Load(text, namespaces: true, out error);
        if (error is not null && error.Contains("prefix", StringComparison.OrdinalIgnoreCase))
        {
            // An undeclared prefix (atom:link without xmlns:atom) is common: read again without namespace
            // checking, resolving prefixes from the declarations seen and a table of well-known ones.
            var lenient = Load(text, namespaces: false, out var lenientError);
            if (lenient is not null && lenientError is null)
            {
                error = null;
                return lenient;
            }
        }

        return root;
    }

    private static XElement? Load(string text, bool namespaces, out string? error)
    {
        error = null;
        XElement? root = null;
        var stack = new Stack<XElement>();
        var defaults = new Stack<XNamespace>(); // the default namespace in scope in each open element (lenient reading)
        try
        {
            using var reader = namespaces ? CreateStrict(text) : CreateLenient(text);
            var prefixes = namespaces ? null : new Dictionary<string, string>(WellKnownPrefixes, StringComparer.Ordinal);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var inherited = defaults.TryPeek(out var up) ? up : XNamespace.None;
                        var element = namespaces ? ReadElement(reader) : ReadLenientElement(reader, prefixes!, ref inherited);
                        if (stack.TryPeek(out var parent))
                        {
                            parent.Add(element);
                        }
                        else if (root is null)
                        {
                            root = element;
                        }
                        else
                        {
                            error = "More than one root element.";
                            return root;
                        }

                        if (!reader.IsEmptyElement)
                        {
                            stack.Push(element);
                            defaults.Push(inherited);
                            if (stack.Count > MaxDepth)
                            {
                                // LINQ to XML walks nested content recursively: an unbounded depth could overflow the stack.
                                error = $"Elements nested deeper than {MaxDepth} levels.";
                                return root;
                            }
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        defaults.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (stack.TryPeek(out var owner))
                        {
                            owner.Add(new XText(reader.Value));
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or ArgumentException or InvalidDataException)
        {
            error = ex.Message;
        }

        if (root is null && error is null)
        {
            error = "The document has no root element.";
        }

        return root;
    }

#pragma warning disable CA5366 // XmlTextReader reads a string in place and offers Namespaces = false; both are hardened below.
    /// <summary>
    /// The strict reader, reading as XmlReader.Create did (DTD ignored, no resolver, line ends and attribute values
    /// normalized; <see cref="XmlPrepass"/> removed the characters XML forbids and <see cref="FeedParser"/> caps the
    /// size). Built over the string itself: XmlReader.Create over a StringReader allocates an 8 KiB buffer per
    /// document, two thirds of what `feed parse` allocated over the corpus. The loop skips comments and instructions.
    /// </summary>
    private static XmlTextReader CreateStrict(string text) => new(text, XmlNodeType.Document, null)
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        Normalization = true,
        WhitespaceHandling = WhitespaceHandling.All,
    };

    private static XmlTextReader CreateLenient(string text) => new(new StringReader(text))
    {
        Namespaces = false,
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        WhitespaceHandling = WhitespaceHandling.All,
    };
#pragma warning restore CA5366

    /// <summary>An element read without namespace checking; <paramref name="defaultNamespace"/> comes in as the parent's and leaves as its own.</summary>
    private static XElement ReadLenientElement(XmlReader reader, Dictionary<string, string> prefixes, ref XNamespace defaultNamespace)
    {
        var attributes = new List<(string Name, string Value)>();
        if (reader.HasAttributes)
        {
            while (reader.MoveToNextAttribute())
            {
                if (reader.Name == "xmlns")
                {
                    defaultNamespace = reader.Value;
                }
                else if (reader.Name.StartsWith("xmlns:", StringComparison.Ordinal))
                {
                    prefixes[reader.Name[6..]] = reader.Value;
                }
                else
                {
                    attributes.Add((reader.Name, reader.Value));
                }
            }

            reader.MoveToElement();
        }

        var element = new XElement(Resolve(reader.Name, prefixes, defaultNamespace));
        foreach (var (name, value) in attributes)
        {
            var xname = Resolve(name, prefixes, XNamespace.None);
            if (element.Attribute(xname) is null)
            {
                element.Add(new XAttribute(xname, value));
            }
        }

        return element;
    }

    private static XName Resolve(string qualified, Dictionary<string, string> prefixes, XNamespace fallback)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return fallback + XmlConvert.EncodeLocalName(qualified);
        }

        var local = XmlConvert.EncodeLocalName(qualified[(colon + 1)..]);
        return prefixes.TryGetValue(qualified[..colon], out var uri) ? XNamespace.Get(uri) + local : XName.Get(local);
    }

    private static XElement ReadElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.HasAttributes)
        {
            while (reader.MoveToNextAttribute())
            {
                if (reader.NamespaceURI == XmlnsNamespace)
                {
                    continue;
                }

                var name = XName.Get(reader.LocalName, reader.NamespaceURI);
                if (element.Attribute(name) is null)
                {
                    element.Add(new XAttribute(name, reader.Value));
                }
            }

            reader.MoveToElement();
        }

        return element;
    }
}
