using NewsBot.Analysis;
using NewsBot.Incidents;
using NewsBot.Tests.Analysis;

namespace NewsBot.Tests.Incidents;

public sealed class BatchGrouperTests
{
    private static readonly DateTimeOffset Day0 = new(2022, 8, 21, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Assign_ReportsOfTwoEvents_TwoIncidentsInOrder()
    {
        var grouper = new BatchGrouper();
        var articles = new[]
        {
            Input("1", "26 Juta Riwayat Browsing Pelanggan IndiHome Diduga Bocor", "Data 26 juta pelanggan IndiHome diduga bocor dan disebar akun Bjorka. Data itu berisi NIK dan email.", 0),
            Input("2", "Xiaomi Luncurkan Redmi Note 12", "Xiaomi meluncurkan ponsel baru dengan baterai besar.", 0.5),
            Input("3", "Telkom Bantah Data Pelanggan IndiHome Bocor", "Telkom membantah data 26 juta pelanggan IndiHome bocor. Telkom menyebut data itu tidak valid.", 1),
            Input("4", "Hacker leaks browsing history of 26 million IndiHome customers", "A hacker named Bjorka leaked data of 26 million IndiHome customers. Telkom denied the leaked data was valid.", 1.2),
            Input("5", "Data 279 Juta Peserta BPJS Kesehatan Diduga Bocor", "Data 279 juta peserta BPJS Kesehatan diduga bocor dan dijual di forum. Data itu berisi NIK.", 2),
        };

        var incidents = articles.Select(a => grouper.Assign(a, Analyzers.Default.Analyze(a))).ToList();

        Assert.Equal([1, null, 1, 1, 2], incidents);
    }

    private static ArticleInput Input(string id, string title, string text, double days) => new(id, title, text, Published: Day0.AddDays(days));
}
