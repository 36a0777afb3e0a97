using NewsBot.Analysis;
using NewsBot.Incidents;

namespace NewsBot.Tests.Incidents;

public sealed class IncidentGrouperTests
{
    private static readonly DateTimeOffset Day0 = new(2020, 5, 2, 14, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Decide_SameCompanySameEventWithinWindow_Joins()
    {
        var candidate = Candidate(7, "tokopedia", IncidentType.DataLeak, Facts(15_000_000, IncidentStatus.Alleged), "Data 15 Juta Pengguna Tokopedia Diduga Bocor");
        var article = Analysis(IncidentType.DataLeak, Facts(15_000_000, IncidentStatus.Alleged));

        var decision = IncidentGrouper.Decide(article, "Data Pengguna Tokopedia Bocor di Forum Hacker", "Data 15 juta pengguna Tokopedia bocor.", Day0.AddDays(1), "tokopedia", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Equal(7, decision.IncidentId);
        Assert.False(decision.FactsChanged);
    }

    [Fact]
    public void Decide_OtherCompany_NewIncident()
    {
        var candidate = Candidate(7, "tokopedia", IncidentType.DataLeak, Facts(91_000_000, IncidentStatus.Alleged), "91 Juta Data Akun Tokopedia Dijual");
        var article = Analysis(IncidentType.DataLeak, Facts(13_000_000, IncidentStatus.Alleged));

        var decision = IncidentGrouper.Decide(article, "13 Juta Data Akun Bukalapak Dijual", "Data akun Bukalapak dijual.", Day0.AddDays(3), "bukalapak", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Equal(GroupingDecision.NewIncident, decision);
    }

    [Fact]
    public void Decide_OutsideWindow_NewIncident()
    {
        var candidate = Candidate(7, "tokopedia", IncidentType.DataLeak, Facts(91_000_000, IncidentStatus.Alleged), "91 Juta Data Akun Tokopedia Dijual");
        var article = Analysis(IncidentType.DataLeak, Facts(91_000_000, IncidentStatus.Alleged));

        var decision = IncidentGrouper.Decide(article, "91 Juta Data Akun Tokopedia Dijual", "", Day0.AddDays(30), "tokopedia", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Null(decision.IncidentId);
    }

    [Fact]
    public void Decide_DifferentKindOfEvent_NewIncident()
    {
        var candidate = Candidate(7, "whatsapp", IncidentType.PolicyChange, Facts(null, IncidentStatus.Unknown), "WhatsApp Tunda Kebijakan Privasi Baru");
        var article = Analysis(IncidentType.DataLeak, Facts(500_000_000, IncidentStatus.Alleged));

        var decision = IncidentGrouper.Decide(article, "500 Juta Nomor WhatsApp Dijual di Forum", "Data nomor telepon dijual.", Day0.AddDays(2), "whatsapp", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Null(decision.IncidentId);
    }

    [Fact]
    public void Decide_EnglishReportOfSameEvent_JoinsOnCompanyTypeAndFacts()
    {
        var candidate = Candidate(3, "bpjs-kesehatan", IncidentType.DataLeak, Facts(279_000_000, IncidentStatus.Alleged, "Kotz"), "Data 279 Juta Penduduk Indonesia Diduga Bocor");
        var article = Analysis(IncidentType.DataLeak, Facts(279_000_000, IncidentStatus.Alleged, "Kotz"));

        var decision = IncidentGrouper.Decide(article, "Indonesia probes alleged leak of 279 million citizens' data", "The seller, Kotz, offered the data.", Day0.AddDays(1), "bpjs-kesehatan", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Equal(3, decision.IncidentId);
    }

    [Fact]
    public void Decide_DifferentActorNamed_NewIncident()
    {
        var candidate = Candidate(3, "kominfo", IncidentType.DataLeak, Facts(1_300_000_000, IncidentStatus.Alleged, "Bjorka"), "Data Registrasi SIM Bocor");
        var article = Analysis(IncidentType.DataLeak, Facts(null, IncidentStatus.Alleged, "Desorden"));

        var decision = IncidentGrouper.Decide(article, "Server Kementerian Dijebol", "Desorden mengklaim serangan.", Day0.AddDays(1), "kominfo", [candidate], IncidentGrouper.DefaultWindow);

        Assert.Null(decision.IncidentId);
    }

    [Theory]
    [InlineData(IncidentStatus.Alleged, 15_000_000L, IncidentStatus.Confirmed, 15_000_000L, true)]
    [InlineData(IncidentStatus.Alleged, 15_000_000L, IncidentStatus.Alleged, 91_000_000L, true)]
    [InlineData(IncidentStatus.Alleged, 91_000_000L, IncidentStatus.Alleged, 91_000_000L, false)]
    [InlineData(IncidentStatus.Confirmed, 91_000_000L, IncidentStatus.Alleged, 15_000_000L, false)]
    [InlineData(IncidentStatus.Alleged, 26_000_000L, IncidentStatus.Denied, 26_000_000L, true)]
    public void FactsChanged_StatusOrCount_OnlyWhenItMovesOn(IncidentStatus knownStatus, long knownRecords, IncidentStatus newStatus, long newRecords, bool changed)
    {
        var known = Facts(knownRecords, knownStatus);
        var incoming = Facts(newRecords, newStatus);

        var result = IncidentGrouper.FactsChanged(known, incoming);

        Assert.Equal(changed, result);
    }

    [Fact]
    public void Merge_TwoReports_KeepsLargestCountStrongestStatusAndAllTypes()
    {
        var known = new IncidentFacts(15_000_000, ["email"], "ShinyHunters", IncidentStatus.Alleged, Day0);
        var incoming = new IncidentFacts(91_000_000, ["nama", "email"], null, IncidentStatus.Confirmed, Day0.AddDays(-1));

        var merged = IncidentGrouper.Merge(known, incoming);

        Assert.Equal(91_000_000, merged.Records);
        Assert.Equal(["email", "nama"], merged.DataTypes);
        Assert.Equal("ShinyHunters", merged.Actor);
        Assert.Equal(IncidentStatus.Confirmed, merged.Status);
        Assert.Equal(Day0.AddDays(-1), merged.FirstReported);
    }

    internal static IncidentFacts Facts(long? records, IncidentStatus status, string? actor = null) => new(records, [], actor, status, null);

    internal static ArticleAnalysis Analysis(IncidentType type, IncidentFacts facts) => new("id", true, 10, type, [], [], facts);

    private static IncidentCandidate Candidate(long id, string slug, IncidentType type, IncidentFacts facts, string title) =>
        new(id, slug, type, facts, Day0, [title], [""]);
}
