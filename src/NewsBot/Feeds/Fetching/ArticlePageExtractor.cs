using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Text;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Fetches an article page (same limits and SSRF guard as feeds) and extracts its main text, readability
/// style: paragraphs score their containers by length and commas, link-heavy blocks lose, the best
/// container wins. The result goes through the shared boilerplate cleaner.
/// </summary>
public sealed partial class ArticlePageExtractor(FeedFetcher fetcher, ILogger<ArticlePageExtractor> logger)
{
    private const string Noise = "script, style, noscript, iframe, form, nav, header, footer, aside, figure, figcaption, button, svg, [hidden]";

    /// <summary>The cleaned main text, or null when the page cannot be fetched or has no article body.</summary>
    public async Task<string?> ExtractAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchPageAsync(url, cancellationToken);
        if (page.Body is null)
        {
            logger.LogInformation("Article page {Url} not read: {Error}", url, page.Failure?.Message);
            return null;
        }

        return ExtractText(page.Body);
    }

    public static string? ExtractText(byte[] html)
    {
        using var stream = new MemoryStream(html);
        using var document = new HtmlParser().ParseDocument(stream);
        foreach (var element in document.QuerySelectorAll(Noise).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(IsBoilerplateBlock).ToList())
        {
            element.Remove();
        }

        var best = BestContainer(document);
        if (best is null)
        {
            return null;
        }

        var blocks = best.QuerySelectorAll("p, h2, h3, li, blockquote")
            .Where(e => e.QuerySelector("p, li") is null)
            .Select(e => Whitespace().Replace(e.TextContent, " ").Trim())
            .Where(text => text.Length > 0);
        var text = string.Join("\n", blocks);
        return text.Length == 0 ? null : ArticleCleaner.Clean(text);
    }

    private static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var text = paragraph.TextContent.Trim();
            if (text.Length < 25 || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100.0, 3);
            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value * (1 - LinkDensity(pair.Key))).Key;
    }

    private static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        var links = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return total == 0 ? 1 : (double)links / total;
    }

    private static bool IsBoilerplateBlock(IElement element) =>
        element.LocalName is not ("body" or "html" or "article" or "main") &&
        BoilerplateName().IsMatch($"{element.ClassName} {element.Id}");

    [GeneratedRegex(@"comment|share|social|sidebar|related|terkait|rekomendasi|populer|terpopuler|baca-?juga|advert|banner|promo|newsletter|breadcrumb|footer|menu|tags?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
