using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

/// <summary>A regulator or ministry that acts in the title of a policy or enforcement story is one of its subjects.</summary>
public sealed class ActingAuthorityTests
{
    [Fact]
    public void Analyze_RegulatorSummonsCompanyOverPolicy_BothAreSubjects()
    {
        var input = new ArticleInput(
            "1",
            "Kominfo Panggil WhatsApp soal Kebijakan Privasi Baru",
            "Jakarta - Kementerian Komunikasi dan Informatika memanggil perwakilan WhatsApp untuk meminta penjelasan soal kebijakan privasi baru yang membagikan data pengguna ke Facebook.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["kominfo", "whatsapp"], result.Subjects.Select(s => s.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_RegulatorSummonsCompanyOverLeak_OnlyTheBreachedCompany()
    {
        var input = new ArticleInput(
            "1",
            "Kominfo Panggil Telkom Terkait Dugaan Kebocoran Data IndiHome",
            "Jakarta - Kementerian Komunikasi dan Informatika memanggil PT Telkom Indonesia terkait dugaan kebocoran data 26 juta pelanggan IndiHome yang dijual di forum peretas.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["telkom"], result.Subjects.Select(s => s.Slug));
    }

    [Fact]
    public void Analyze_EnglishMinistryAndNationalDataCentre_MinistryIsSubject()
    {
        var input = new ArticleInput(
            "1",
            "Indonesia says it will not pay ransom after data centre attack",
            "Indonesia will not pay the ransom demanded by the gang that encrypted a temporary national data centre in Surabaya, officials said. The communications ministry said only 2 percent of the data had been backed up.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["kominfo"], result.Subjects.Select(s => s.Slug));
    }
}
