using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The namespace declarations in force at one element, for readers that cannot rely on XmlReader's checking:
/// undeclared prefixes fall back to a table of the well-known feed prefixes, then to no namespace.
/// </summary>
internal sealed record NamespaceScope(ImmutableDictionary<string, string> Prefixes, XNamespace Default)
{
    public static readonly NamespaceScope Initial = new(ImmutableDictionary.CreateRange(StringComparer.Ordinal, XmlTreeLoader.WellKnownPrefixes), XNamespace.None);

    public static bool IsDeclaration(string name) => name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal);

    /// <summary>The scope inside an element carrying these attributes.</summary>
    public NamespaceScope With(IReadOnlyList<(string Name, string Value)> attributes)
    {
        var scope = this;
        foreach (var (name, value) in attributes)
        {
            if (name == "xmlns")
            {
                scope = scope with { Default = XNamespace.Get(value.Trim()) };
            }
            else if (name.StartsWith("xmlns:", StringComparison.Ordinal) && name.Length > 6)
            {
                scope = scope with { Prefixes = scope.Prefixes.SetItem(name[6..], value.Trim()) };
            }
        }

        return scope;
    }

    public XName Element(string qualified) => Resolve(qualified, Default);

    public XName? Attribute(string qualified) => Resolve(qualified, XNamespace.None);

    private XName Resolve(string qualified, XNamespace unprefixed)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == qualified.Length - 1)
        {
            return unprefixed + Local(qualified.Trim(':'));
        }

        var local = Local(qualified[(colon + 1)..]);
        return Prefixes.TryGetValue(qualified[..colon], out var uri) ? XNamespace.Get(uri) + local : XName.Get(local);
    }

    private static string Local(string name) => name.Length == 0 ? "_" : XmlConvert.EncodeLocalName(name);
}
