using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Feeds.Parsing;
using NewsBot.Text;
using SmartReader;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Fetches an article page (same limits and SSRF guard as feeds) and extracts its body: SmartReader (a port of Mozilla
/// Readability) finds the article node, <see cref="ArticleBlocks"/> turns it into paragraphs, and the shared boilerplate
/// cleaner (<see cref="ArticleCleaner"/>) drops "Baca juga" lines, captions, credits and footers. This combination won
/// the comparison on the extraction set (README, "Article extraction").
/// </summary>
public sealed class ArticlePageExtractor(FeedFetcher fetcher, ILogger<ArticlePageExtractor> logger)
{
    // Readability's cost grows with paragraphs and text (about 1.5 ms per paragraph on a loaded 2-core machine), so
    // pages beyond these bounds, far above any news page, are not handed to it: the feed's own text is used instead.
    public const int MaxElements = 10_000;
    public const int MaxParagraphs = 2_000;
    public const int MaxPageText = 100_000;

    // SmartReader needs an absolute address to resolve links against; nothing is fetched from it.
    private static readonly Uri NoAddress = new("http://article.invalid/");

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

        var text = ExtractText(page.Body, page.ContentType, url);
        if (text is null)
        {
            logger.LogInformation("Article page {Url} has no article body, or is too large to look for one", url);
        }

        return text;
    }

    /// <summary>Cleaned main text of an HTML page (charset as for feeds: valid UTF-8 wins, else the declared one).</summary>
    public static string? ExtractText(byte[] html, string? contentType = null, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser(ParserOptions).ParseDocument(HtmlDepthLimiter.Flatten(FeedCharset.Decode(html, contentType)));
        var title = document.Title is { Length: > 0 } t ? ArticleBlocks.Normalise(t) : null;
        var text = ArticleNode(document, url) is { } node ? ArticleBlocks.Text(node) : null;
        var cleaned = text is null ? "" : ArticleCleaner.Clean(text, title);
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static IElement? ArticleNode(IHtmlDocument document, Uri? url)
    {
        if (document.Body is not { } body || document.All.Length > MaxElements
            || document.GetElementsByTagName("p").Length > MaxParagraphs || body.TextContent.Length > MaxPageText)
        {
            return null;
        }

        IElement? node = null;
        using var reader = new Reader((url ?? NoAddress).AbsoluteUri, document) { KeepClasses = true };
        reader.AddCustomOperationEnd(article => node = article);
        return reader.GetArticle().Completed ? node : null;
    }
}
