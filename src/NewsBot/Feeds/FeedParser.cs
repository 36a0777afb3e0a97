using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds;

/// <summary>
/// Parses any supported feed format into <see cref="ParsedFeed"/>. Pure and total: it never throws; a problem
/// is reported in <see cref="ParsedFeed.Error"/> together with the items read before it.
/// </summary>
public static class FeedParser
{
    private const int MaxCharacters = 32 * 1024 * 1024;
    private const int MaxLeadingJunk = 64;

    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ParsedFeed Parse(ReadOnlySpan<byte> body, Uri? feedUrl = null, string? contentType = null)
    {
        try
        {
            if (body.IsEmpty)
            {
                return Failure("The document is empty.");
            }

            var text = FeedCharset.Decode(body, contentType);
            return ParseText(text, feedUrl);
        }
#pragma warning disable CA1031 // The parser is a total function: any failure becomes a typed error, never an exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failure($"Unexpected parser failure: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ParsedFeed ParseText(string text, Uri? feedUrl)
    {
        if (text.Length > MaxCharacters)
        {
            return Failure("The document is too large.");
        }

        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == text.Length)
        {
            return Failure("The document is empty.");
        }

        if (text[start] is '{' or '[')
        {
            try
            {
                return JsonFeedReader.Read(text[start..], feedUrl);
            }
            catch (JsonException ex)
            {
                return Failure($"Invalid JSON: {ex.Message}");
            }
        }

        var skipped = false;
        if (text[start] != '<')
        {
            // A damaged first byte: start at the first tag if one follows soon, as a lenient reader would.
            var tag = text.IndexOf('<', start, Math.Min(MaxLeadingJunk, text.Length - start));
            if (tag < 0)
            {
                return Failure("Not a feed: the document is neither XML nor JSON.");
            }

            (start, skipped) = (tag, true);
        }

        text = text[start..];
        if (XmlPrepass.DeclaresEntities(text))
        {
            return Failure("Refused: the document declares DTD entities.");
        }

        var cleaned = XmlPrepass.Clean(text, out _);
        var root = XmlTreeLoader.Load(cleaned, out var error);
        if (error is not null && LenientXmlLoader.Load(cleaned, out var lenientError) is { } recovered)
        {
            // Malformed XML: read on past the damage as a browser would, instead of stopping at it.
            root = LenientXmlLoader.FeedRoot(recovered);
            error = $"Malformed XML, read leniently: {lenientError ?? error}";
        }

        if (root is null)
        {
            return Failure($"Not a feed: {error}");
        }

        if (skipped)
        {
            error ??= "Malformed XML: text before the first tag was skipped.";
        }

        return Dispatch(root, feedUrl, error);
    }

    private static ParsedFeed Dispatch(XElement root, Uri? feedUrl, string? error)
    {
        var name = root.Name.LocalName;
        var ns = root.Name.Namespace;
        if (name is "rss" or "channel" or "Channel" && FeedNamespaces.IsRssCore(ns))
        {
            return RssFeedReader.Read(root, "rss", feedUrl, error);
        }

        if (name == "RDF")
        {
            return RssFeedReader.Read(root, "rdf", feedUrl, error);
        }

        if (name == "feed")
        {
            return AtomFeedReader.Read(root, feedUrl, error);
        }

        if (CdfFeedReader.IsCdf(root))
        {
            return CdfFeedReader.Read(root, feedUrl, error);
        }

        return new ParsedFeed("unknown", null, null, [], $"Not a feed: root element <{name}>.");
    }

    private static ParsedFeed Failure(string error) => new("unknown", null, null, [], error);
}
