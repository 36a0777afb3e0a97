using System.Globalization;
using System.Text;
using NewsBot.Feeds.Fetching;
using NewsBot.Text;
using SmartReader;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds.Fetching.Extraction;

public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    private static readonly (string Name, Func<ExtractionPage, string?> Extract)[] Variants =
    [
        ("own", p => ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(p.Html))),
        ("smartreader", p => Smart(p.Html)?.TextContent),
        ("smart+cleaner", p => Smart(p.Html) is { } a ? ArticleCleaner.Clean(a.TextContent, p.Title) : null),
        ("smart+blocks+cleaner", p => Smart(p.Html) is { } a && ArticlePageExtractor.ExtractMainText(a.Content, out _) is { } t ? ArticleCleaner.Clean(t, p.Title) : null),
    ];

    [Fact]
    public void Extract_EvaluationSet_PrintsTable()
    {
        var pages = ExtractionSet.Load();
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("| page | " + string.Join(" | ", Variants.Select(v => v.Name)) + " |");
        var sums = new double[Variants.Length];
        foreach (var page in pages)
        {
            var cells = new List<string>();
            for (var i = 0; i < Variants.Length; i++)
            {
                var (p, r, f) = WordF1.Score(Variants[i].Extract(page), page.Gold);
                sums[i] += f;
                cells.Add(string.Create(c, $"{f:F3} ({p:F2}/{r:F2})"));
            }

            output.WriteLine($"| {page.Id} | {string.Join(" | ", cells)} |");
        }

        output.WriteLine("| mean | " + string.Join(" | ", sums.Select(s => (s / pages.Count).ToString("F3", c))) + " |");
    }

    private static Article? Smart(string html)
    {
        var reader = new Reader("https://example.com/article", html);
        var article = reader.GetArticle();
        return article.TextContent is { Length: > 0 } ? article : null;
    }
}
