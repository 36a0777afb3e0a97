using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Builds an <see cref="XElement"/> tree node by node from a hardened <see cref="XmlReader"/>, so that when the
/// document breaks, everything read before the break is kept (the open elements are simply left closed).
/// </summary>
internal static class XmlTreeLoader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        MaxCharactersInDocument = 32L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = true,
    };

    public static XElement? Load(string text, out string? error)
    {
        error = null;
        XElement? root = null;
        var stack = new Stack<XElement>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = ReadElement(reader);
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
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
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
