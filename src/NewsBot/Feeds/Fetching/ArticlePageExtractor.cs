using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Feeds.Parsing;
using NewsBot.Text;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Fetches an article page (same limits and SSRF guard as feeds) and extracts its main text, readability
/// style (<see cref="MainTextScorer"/>): text blocks score their containers by length and commas, class names
/// push containers up or down, link-heavy blocks lose, the best container wins. The result goes through the
/// shared boilerplate cleaner (<see cref="ArticleCleaner"/>); paragraphs are separated by a blank line.
/// </summary>
public sealed class ArticlePageExtractor(FeedFetcher fetcher, ILogger<ArticlePageExtractor> logger)
{
    /// <summary>No news article is longer; beyond this the page is not an article and the cleaner's work is wasted.</summary>
    public const int MaxTextLength = 100_000;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>The cleaned main text, or null when the page cannot be fetched or has no article body.</summary>
    public async Task<string?> ExtractAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchPageAsync(url, cancellationToken);
        if (page.Body is null)
        {
            logger.LogInformation("Article page {Url} not read: {Error}", url, page.Failure?.Message);
            return null;
        }

        return ExtractText(page.Body, page.ContentType);
    }

    /// <summary>Cleaned main text of an HTML page (charset as for feeds: valid UTF-8 wins, else the declared one).</summary>
    public static string? ExtractText(byte[] html, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = ExtractMainText(FeedCharset.Decode(html, contentType), out var title);
        if (text is { Length: > MaxTextLength })
        {
            var cut = text.LastIndexOf("\n\n", MaxTextLength, StringComparison.Ordinal);
            text = text[..(cut > 0 ? cut : MaxTextLength)];
        }

        var cleaned = text is null ? "" : ArticleCleaner.Clean(text, title);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Main text before boilerplate cleaning; null when nothing looks like an article.</summary>
    public static string? ExtractMainText(string html, out string? title)
    {
        var document = new HtmlParser(ParserOptions).ParseDocument(HtmlDepthLimiter.Flatten(html));
        title = document.Title is { Length: > 0 } t ? MainTextScorer.Normalise(t) : null;
        if (document.Body is not { } body)
        {
            return null;
        }

        MainTextScorer.RemoveClutter(body);
        var container = MainTextScorer.BestContainer(body);
        if (container is null)
        {
            return null;
        }

        var paragraphs = new List<string>();
        foreach (var block in MainTextScorer.TextBlocks(container))
        {
            if (InsideCollectedBlock(block, container))
            {
                continue;
            }

            var text = block.LocalName == "div" ? OwnText(block) : MainTextScorer.Normalise(block.TextContent);
            if (text.Length == 0 || (MainTextScorer.BlockLinkDensity(block) > 0.5 && text.Length < 200))
            {
                continue;
            }

            paragraphs.Add(text);
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add(MainTextScorer.Normalise(container.TextContent));
        }

        var joined = string.Join("\n\n", paragraphs.Distinct(StringComparer.Ordinal));
        return joined.Length == 0 ? null : joined;
    }

    // A block inside another collected block (p inside li or blockquote): the outer one already has its text.
    private static bool InsideCollectedBlock(IElement block, IElement container)
    {
        for (var parent = block.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
        {
            if (parent.LocalName is "p" or "li" or "blockquote" or "td" or "pre")
            {
                return true;
            }
        }

        return false;
    }

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

        return string.Join("\n\n", builder.ToString().Split('\n').Select(MainTextScorer.Normalise).Where(line => line.Length > 0));
    }
}
