using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

public sealed class SalienceTests
{
    [Fact]
    public void Analyze_ComparisonInTitle_OnlyTheOtherCompanyIsSubject()
    {
        var input = new ArticleInput("1", "Setelah Tokopedia, 13 Juta Data Akun Bukalapak Dijual di Forum Peretas", "Jakarta - Belum reda kasus Tokopedia, kini giliran Bukalapak. Data akun Bukalapak dijual.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["bukalapak"], result.Subjects.Select(s => s.Slug));
    }

    [Fact]
    public void Analyze_CompetitorsInLead_AreMentions()
    {
        var input = new ArticleInput("1", "Whatsapp Tunda Kebijakan Berbagi Data", "WhatsApp menunda perubahan kebijakan karena pengguna beralih ke saingan Telegram dan Signal.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["whatsapp"], result.Subjects.Select(s => s.Slug));
        Assert.Contains(result.Companies, c => c.Slug == "signal" && c.Salience == Salience.Mention);
        Assert.Contains(result.Companies, c => c.Slug == "meta" && c.ImpliedBy == "whatsapp");
    }

    [Fact]
    public void Analyze_NoCompanyInTitle_FirstCompanyOfLeadIsSubject()
    {
        var input = new ArticleInput("1", "Data 279 Juta Penduduk Diduga Bocor", "Jakarta - Data itu diduga berasal dari BPJS Kesehatan. Kominfo memanggil direksi. Lain kali RS Pusat Pertamina juga.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["bpjs-kesehatan"], result.Subjects.Select(s => s.Slug));
    }

    [Fact]
    public void Analyze_AuthorityBesideCompanyInTitle_AuthorityIsMention()
    {
        var input = new ArticleInput("1", "Kominfo Panggil Telkom Terkait Dugaan Kebocoran Data IndiHome", "Kominfo memanggil Telkom.");

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["telkom"], result.Subjects.Select(s => s.Slug));
        Assert.Equal(Salience.Mention, result.Companies.Single(c => c.Slug == "kominfo").Salience);
    }
}
