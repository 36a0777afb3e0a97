using Microsoft.Extensions.Options;
using NewsBot.Analysis;
using NewsBot.Summaries;
using NewsBot.Text;

namespace NewsBot.Tests.Summaries;

public sealed class EnglishSourceTextTests
{
    private const string Title = "Hackers claim theft of 15 million customer records from Example Bank";

    [Fact]
    public async Task SummarizeAsync_EnglishArticle_BuildsIndonesianFactsAndQuotesTheEnglishSentence()
    {
        var facts = new IncidentFacts(15_000_000, ["nama", "nomor telepon", "NIK"], "LockBit", IncidentStatus.Alleged, new DateTimeOffset(2023, 5, 16, 0, 0, 0, TimeSpan.Zero));
        var request = new SummaryRequest(Title, "A ransomware gang says it stole the data of the bank's customers.", "en", ["Example Bank"], ["ransomware"], IncidentType.Ransomware, facts, null);

        var summary = await new ExtractiveSummarizer(Options.Create(new SummaryOptions())).SummarizeAsync(request, CancellationToken.None);

        var lines = summary.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("id", LanguageDetector.Detect(lines[0]));
        Assert.Contains("serangan ransomware yang melibatkan Example Bank pada 16 Mei 2023", lines[0], StringComparison.Ordinal);
        Assert.Contains("15 juta catatan, meliputi nama, nomor telepon dan NIK", lines[0], StringComparison.Ordinal);
        Assert.Contains("LockBit", lines[0], StringComparison.Ordinal);
        Assert.Contains("belum dikonfirmasi oleh Example Bank", lines[0], StringComparison.Ordinal);
        Assert.Equal("Kutipan (bahasa Inggris): \"A ransomware gang says it stole the data of the bank's customers.\"", lines[1]);
    }

    [Fact]
    public void Build_GenericLead_QuotesTheSentenceStatingTheIncident()
    {
        const string text = "The bank said on Tuesday that it was aware of the reports circulating online. "
            + "Hackers stole 1.2 million customer records including names and phone numbers from Example Bank, according to the listing. "
            + "Shares closed 2 percent lower.";
        var request = new SummaryRequest(Title, text, "en", ["Example Bank"], [], IncidentType.DataLeak, IncidentFacts.None, null);

        var summary = EnglishSourceText.Build(request);

        Assert.EndsWith("\nKutipan (bahasa Inggris): \"Hackers stole 1.2 million customer records including names and phone numbers from Example Bank, according to the listing.\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoQuotableSentence_MarksTheOriginalTitle()
    {
        var request = new SummaryRequest(Title, "Short note.", "en", ["Example Bank"], [], IncidentType.DataLeak, IncidentFacts.None, null);

        var summary = EnglishSourceText.Build(request);

        Assert.EndsWith("\nJudul asli (bahasa Inggris): " + Title, summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CountQualifier.MoreThan, "lebih dari 1,3 miliar catatan")]
    [InlineData(CountQualifier.About, "sekitar 1,3 miliar catatan")]
    [InlineData(CountQualifier.Exact, "terdampak: 1,3 miliar catatan")]
    public void Build_QualifiedCount_SaysItAsTheTextDoes(CountQualifier qualifier, string expected)
    {
        var facts = new IncidentFacts(1_300_000_000, [], null, IncidentStatus.Unknown, null) { RecordsQualifier = qualifier };
        var request = new SummaryRequest(Title, "text", "en", ["Example Bank"], [], IncidentType.DataLeak, facts, null);

        var summary = EnglishSourceText.Build(request);

        Assert.Contains(expected, summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoFacts_SaysTheStatusIsUnclear()
    {
        var request = new SummaryRequest(Title, "text", "en", [], [], IncidentType.Other, IncidentFacts.None, null);

        var text = EnglishSourceText.Build(request);

        Assert.StartsWith("Media berbahasa Inggris melaporkan insiden privasi dan keamanan data yang melibatkan perusahaan yang dipantau.", text, StringComparison.Ordinal);
        Assert.Contains("Status insiden belum jelas", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_300_000_000L, "1,3 miliar")]
    [InlineData(279_000_000L, "279 juta")]
    [InlineData(1_250_000L, "1,3 juta")]
    [InlineData(337_225L, "337.225")]
    public void FormatCount_Value_UsesIndonesianUnits(long value, string expected)
    {
        var text = EnglishSourceText.FormatCount(value);

        Assert.Equal(expected, text);
    }
}
