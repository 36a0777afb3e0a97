using NewsBot.Summaries;
using NewsBot.Text;
using Xunit.Abstractions;

namespace NewsBot.Tests.Summaries;

/// <summary>IndoSum tune-*.jsonl, 3 sentences per summary: NewsBot's extractive summarizer against LEAD-3 under one scorer.</summary>
public sealed class RougeEvaluationTests(ITestOutputHelper output)
{
    private const int Sentences = 3;

    [SharedDataFact("corpora/indosum")]
    public void Summarize_IndoSumTuneSet_BeatsLead3OnTechAndOverall()
    {
        var articles = IndoSumArticle.LoadTuneSet();

        var table = RougeTable.Evaluate(
            articles,
            a => string.Join(' ', a.Sentences.Take(Sentences)),
            a => string.Join(' ', ExtractiveSummarizer.Summarize(a.Sentences, title: null, Sentences)));
        var cleanedLead = RougeTable.Evaluate(
            articles,
            a => string.Join(' ', a.Sentences.Take(Sentences).Select((s, i) => ArticleCleaner.CleanSentence(s, first: i == 0))),
            a => string.Join(' ', ExtractiveSummarizer.Summarize(a.Sentences, title: null, Sentences)));

        output.WriteLine($"IndoSum tune-*.jsonl: {articles.Count} articles, {Sentences} sentences, ROUGE F1 x 100 (lower case, digits -> 0, no punctuation)");
        output.WriteLine(table.Render("LEAD-3", "NewsBot"));
        output.WriteLine("For reference, LEAD-3 after the same dateline cleaning (how much of the gain is cleaning alone):");
        output.WriteLine(cleanedLead.Render("LEAD-3 cleaned", "NewsBot"));
        var (techLead, techBot) = table.Mean("teknologi");
        var (allLead, allBot) = table.Mean(RougeTable.All);
        Assert.Equal(2613, articles.Count);
        Assert.True(techBot.R1 - techLead.R1 >= 1.0, $"teknologi: NewsBot R-1 {techBot.R1:F2} vs LEAD-3 {techLead.R1:F2}");
        Assert.True(allBot.R1 >= allLead.R1, $"all: NewsBot R-1 {allBot.R1:F2} vs LEAD-3 {allLead.R1:F2}");
        var (cleanLead, cleanBot) = cleanedLead.Mean(RougeTable.All);
        Assert.True(cleanBot.R1 >= cleanLead.R1, $"all: NewsBot R-1 {cleanBot.R1:F2} vs cleaned LEAD-3 {cleanLead.R1:F2}");
    }
}
