using System.Globalization;
using System.Text;
using NewsBot.Feeds.Fetching;
using NewsBot.Text;
using SmartReader;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>
/// Word F1 of the extracted body against the gold body on the extraction set, for the chosen extractor (SmartReader's
/// article node → <c>ArticleBlocks</c> → <see cref="ArticleCleaner"/>) and SmartReader alone, with and without the
/// cleaner. Prints the README table (run with <c>--logger "console;verbosity=detailed"</c>) and fails when the chosen
/// extractor drops below a page's floor.
/// </summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    private static readonly (string Name, Func<ExtractionPage, string?> Extract)[] Variants =
    [
        ("chosen", p => ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(p.Html))),
        ("smartreader", p => SmartReaderText(p.Html)),
        ("smartreader+cleaner", p => SmartReaderText(p.Html) is { } text ? ArticleCleaner.Clean(text, p.Title) : null),
    ];

    [SharedDataFact("seeds", "corpora/indosum")]
    public void ExtractText_EvaluationSet_EveryPageMeetsItsFloor()
    {
        var pages = ExtractionSet.Load();
        var c = CultureInfo.InvariantCulture;
        var sums = new double[Variants.Length];
        var failures = new List<string>();
        output.WriteLine("| page | template | " + string.Join(" | ", Variants.Select(v => v.Name + " F1 (P/R)")) + " | floor |");
        output.WriteLine("|---|---|" + string.Concat(Variants.Select(_ => "---|")) + "---|");
        foreach (var page in pages)
        {
            var cells = new List<string>();
            for (var i = 0; i < Variants.Length; i++)
            {
                var (p, r, f) = WordF1.Score(Variants[i].Extract(page), page.Gold);
                sums[i] += f;
                cells.Add(string.Create(c, $"{f:F3} ({p:F2}/{r:F2})"));
                if (i == 0 && f < page.Floor)
                {
                    failures.Add(string.Create(c, $"{page.Id}: F1 {f:F3} below floor {page.Floor:F2}"));
                }
            }

            output.WriteLine(string.Create(c, $"| {page.Id} | {page.Template} | {string.Join(" | ", cells)} | {page.Floor:F2} |"));
        }

        output.WriteLine("| **mean** | | " + string.Join(" | ", sums.Select(s => (s / pages.Count).ToString("F3", c))) + " | |");
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        Assert.Empty(failures);
    }

    private static string? SmartReaderText(string html)
    {
        using var reader = new Reader("http://article.invalid/", html);
        var text = reader.GetArticle().TextContent;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
