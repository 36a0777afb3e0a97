using NewsBot.Analysis;
using NewsBot.Incidents;

namespace NewsBot.Tests.Incidents;

public sealed class ArrestReportTests
{
    [Theory]
    [InlineData("Polisi Tangkap Peretas Data Tokopedia. Bareskrim menangkap seorang pria di Sleman.", true)]
    [InlineData("Pelaku pembobolan data BPJS Kesehatan diringkus di Jakarta Timur", true)]
    [InlineData("Hacker behind the Tokopedia breach arrested in Surabaya", true)]
    [InlineData("Polisi belum menangkap pelaku kebocoran data Tokopedia", false)]
    [InlineData("No one has been arrested over the Tokopedia breach so far", false)]
    [InlineData("Data 91 juta akun Tokopedia dijual di forum peretas", false)]
    public void Mentions_TitleAndLead_FindsArrestsButNotDenials(string text, bool expected)
    {
        Assert.Equal(expected, ArrestReport.Mentions(text));
    }

    [Fact]
    public void Changes_FirstArrestReport_IsSuspectArrested()
    {
        var known = IncidentGrouperTests.Facts(91_000_000, IncidentStatus.Alleged);
        var article = IncidentGrouperTests.Analysis(IncidentType.DataLeak, IncidentGrouperTests.Facts(91_000_000, IncidentStatus.Alleged));

        var first = IncidentGrouper.Changes(known, IncidentType.DataLeak, regulatorKnown: false, arrestKnown: false, article, "Polisi menangkap penjual data Tokopedia", "");
        var again = IncidentGrouper.Changes(known, IncidentType.DataLeak, regulatorKnown: true, arrestKnown: true, article, "Polisi menangkap penjual data Tokopedia", "");

        Assert.Equal([FactChangeKind.SuspectArrested], first.Select(c => c.Kind));
        Assert.Empty(again);
    }

    [Fact]
    public void Changes_RegulatorActsInHeadlineOfLeakReport_RegulatorActsNamingIt()
    {
        var known = IncidentGrouperTests.Facts(17_000_000, IncidentStatus.Alleged);
        var article = IncidentGrouperTests.Analysis(IncidentType.DataLeak, IncidentGrouperTests.Facts(17_000_000, IncidentStatus.Alleged));

        var first = IncidentGrouper.Changes(known, IncidentType.DataLeak, regulatorKnown: false, arrestKnown: false, article, "Kominfo Panggil PLN Terkait Dugaan Kebocoran Data", "");
        var again = IncidentGrouper.Changes(known, IncidentType.DataLeak, regulatorKnown: true, arrestKnown: false, article, "Kominfo Panggil PLN Terkait Dugaan Kebocoran Data", "");
        var mentioned = IncidentGrouper.Changes(known, IncidentType.DataLeak, regulatorKnown: false, arrestKnown: false, article, "Kominfo: Data PLN yang Beredar Sedang Dicek", "");

        var change = Assert.Single(first);
        Assert.Equal((FactChangeKind.RegulatorActs, "Kominfo"), (change.Kind, change.Detail));
        Assert.Equal("Yang baru: Kominfo mulai bertindak.", NewsBot.Pipeline.AlertBuilder.Changes(first));
        Assert.Empty(again);
        Assert.Empty(mentioned);
    }
}
