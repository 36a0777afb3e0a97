using NewsBot.Alerts;
using NewsBot.Chat.History;

namespace NewsBot.Tests.History;

public sealed class HistoryArgumentsTests
{
    // 1 June 2024 16:30 UTC: 23:30 WIB still 1 June, but 00:30 WITA and 01:30 WIT already 2 June.
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 16, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("tokopedia", "tokopedia", null, 1)]
    [InlineData("tokopedia 2", "tokopedia", null, 2)]
    [InlineData("tokopedia 9999", "tokopedia", null, 9999)]
    [InlineData("tokopedia 2023", "tokopedia", "tahun 2023", 1)]
    [InlineData("tokopedia 2023 2", "tokopedia", "tahun 2023", 2)]
    [InlineData("Bank BRI 30 hari", "bank bri", "30 hari terakhir", 1)]
    [InlineData("bank bri 30 hari terakhir 3", "bank bri", "30 hari terakhir", 3)]
    [InlineData("gojek bulan ini", "gojek", "bulan ini", 1)]
    [InlineData("gojek mei 2023 halaman 2", "gojek", "Mei 2023", 2)]
    [InlineData("gojek halaman 4", "gojek", null, 4)]
    [InlineData("gojek 99999999999999", "gojek", null, int.MaxValue)]
    [InlineData("7-eleven", "7-eleven", null, 1)]
    public void ParseIncidents_CompanyPeriodPage_Split(string argument, string company, string? period, int page)
    {
        var request = HistoryArguments.ParseIncidents(argument, 1, Now, ChatZone.Wib);

        Assert.Equal((company, period, page), (request.Company, request.Period?.Label, request.Page));
        Assert.Null(request.IncidentId);
    }

    [Theory]
    [InlineData("#12", 12)]
    [InlineData("12", 12)]
    public void ParseIncidents_Number_OneIncident(string argument, long id)
    {
        Assert.Equal(id, HistoryArguments.ParseIncidents(argument, 1, Now, ChatZone.Wib).IncidentId);
    }

    [Fact]
    public void ParseIncidents_PagingButton_PageFromTheButton()
    {
        var request = HistoryArguments.ParseIncidents("tokopedia 2023", 3, Now, ChatZone.Wib);

        Assert.Equal(("tokopedia", "tahun 2023", 3), (request.Company, request.Period!.Label, request.Page));
    }

    [Theory]
    [InlineData("WIB", 1)]
    [InlineData("WITA", 2)]
    [InlineData("WIT", 2)]
    public void ParseIncidents_TodayAcrossMidnight_DayOfTheChatZone(string zoneName, int day)
    {
        var zone = ChatZone.Find(zoneName)!;

        var range = HistoryArguments.ParseIncidents("gojek hari ini", 1, Now, zone).Period!.Range;

        Assert.Equal(new DateTimeOffset(2024, 6, day, 0, 0, 0, zone.Offset), range.From);
        Assert.Equal(range.From!.Value.AddDays(1), range.To);
    }

    [Fact]
    public void ParseIncidents_YearInWita_StartsAtWitaMidnight()
    {
        var range = HistoryArguments.ParseIncidents("gojek 2023", 1, Now, ChatZone.Wita).Period!.Range;

        Assert.Equal(new DateTimeOffset(2022, 12, 31, 16, 0, 0, TimeSpan.Zero), range.From);
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 16, 0, 0, TimeSpan.Zero), range.To);
    }

    [Theory]
    [InlineData("kebocoran data", "kebocoran data", 1)]
    [InlineData("iphone 15", "iphone 15", 1)]
    [InlineData("kebocoran data halaman 3", "kebocoran data", 3)]
    [InlineData("kebocoran halaman", "kebocoran", 1)]
    public void ParseSearch_TrailingNumberIsAWordUnlessNamedPage(string argument, string query, int page)
    {
        Assert.Equal((query, page), HistoryArguments.ParseSearch(argument, 1));
    }
}
