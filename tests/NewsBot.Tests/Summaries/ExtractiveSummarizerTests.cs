using Microsoft.Extensions.Options;
using NewsBot.Summaries;
using NewsBot.Tests.Text;
using NewsBot.Text;
using Xunit.Abstractions;

namespace NewsBot.Tests.Summaries;

public sealed class ExtractiveSummarizerTests(ITestOutputHelper output)
{
    [SharedDataTheory("seeds")]
    [InlineData("000", "Xiaomi")]
    [InlineData("004", "WhatsApp")]
    public async Task SummarizeAsync_Seed_IsShortCleanAndMadeOfWholeSentences(string seedPrefix, string company)
    {
        var seed = SeedArticle.Load(seedPrefix);
        var request = SummaryRequests.Indonesian(seed.Body, seed.Title) with { CompanyNames = [company], Cues = ["data"] };

        var summary = await CreateSummarizer().SummarizeAsync(request, CancellationToken.None);

        output.WriteLine($"{summary.Length} chars: {summary}");
        var sentences = SentenceSplitter.Split(summary);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.True(summary.Length <= 500, $"{summary.Length} characters");
        var body = ArticleCleaner.Clean(seed.Body, seed.Title);
        Assert.All(sentences, s => Assert.Contains(s, body, StringComparison.Ordinal));
        foreach (var junk in new[] { "Sharp", "Samsung", "Cryptocurrency", "SINDOnews.com", "Follow", "komentar", "Baca juga", "Foto/Ist", "JAKARTA -", "(AFP", "WIB" })
        {
            Assert.DoesNotContain(junk, summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SummarizeAsync_IndonesianArticle_PicksWholeSentencesWithoutBoilerplate()
    {
        var summary = await CreateSummarizer().SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.StartsWith("Data sekitar 1,2 juta pelanggan Toko Contoh diduga bocor", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("KOMPAS", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Baca juga", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("nds/krs", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 500);
    }

    [Fact]
    public async Task SummarizeAsync_MaxSentencesOne_ReturnsOneSentence()
    {
        var summary = await CreateSummarizer().SummarizeAsync(SummaryRequests.Indonesian(maxSentences: 1), CancellationToken.None);

        Assert.Single(SentenceSplitter.Split(summary));
    }

    [Fact]
    public async Task SummarizeAsync_OnlyOverlongSentences_ReturnsTitleInsteadOfACutSentence()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("kata", 150)) + ".";

        var summary = await CreateSummarizer().SummarizeAsync(SummaryRequests.Indonesian(longSentence, "Judul Pendek"), CancellationToken.None);

        Assert.Equal("Judul Pendek", summary);
    }

    [Fact]
    public void Summarize_PreSplitSentences_StripsDatelineAndKeepsArticleOrder()
    {
        string[] sentences = ["Jakarta, CNN Indonesia -- Layanan bank itu lumpuh sejak pagi akibat serangan ransomware.", "Nasabah tidak bisa menarik uang di ATM.", "Bank menyatakan data nasabah aman.", "Cuaca hari itu cerah."];

        var summary = ExtractiveSummarizer.Summarize(sentences, title: null, 2);

        Assert.Equal(2, summary.Count);
        Assert.Equal("Layanan bank itu lumpuh sejak pagi akibat serangan ransomware.", summary[0]);
    }

    private static ExtractiveSummarizer CreateSummarizer() => new(Options.Create(SummaryRequests.Options()));
}
