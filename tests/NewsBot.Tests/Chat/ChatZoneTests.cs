using NewsBot.Chat;
using NewsBot.Delivery;

namespace NewsBot.Tests.Chat;

/// <summary>Quiet hours, digests and dates in WIB, WITA and WIT, across midnight.</summary>
public sealed class ChatZoneTests
{
    private static readonly ChatSchedule NightQuiet = new(new TimeOnly(22, 0), new TimeOnly(6, 0));

    [Theory]
    [InlineData("WIB", false, 0)]
    [InlineData("WITA", true, 22)]
    [InlineData("WIT", true, 21)]
    public void HoldUntil_SameInstantInEachZone_HeldOnlyWhereItIsNight(string zone, bool held, int untilUtcHour)
    {
        // 14:30 UTC is 21:30 WIB, 22:30 WITA, 23:30 WIT.
        var now = new DateTimeOffset(2024, 6, 1, 14, 30, 0, TimeSpan.Zero);

        var until = (NightQuiet with { ZoneName = zone }).HoldUntil(now);

        Assert.Equal(held, until is not null);
        if (until is { } u)
        {
            Assert.Equal(new DateTimeOffset(2024, 6, 1, untilUtcHour, 0, 0, TimeSpan.Zero), u.ToUniversalTime());
        }
    }

    [Fact]
    public void HoldUntil_AfterMidnightInWit_UntilSixThatMorning()
    {
        // 15:30 UTC on 1 June is 00:30 WIT on 2 June.
        var now = new DateTimeOffset(2024, 6, 1, 15, 30, 0, TimeSpan.Zero);

        var until = (NightQuiet with { ZoneName = "WIT" }).HoldUntil(now);

        Assert.Equal(new DateTimeOffset(2024, 6, 2, 6, 0, 0, TimeSpan.FromHours(9)), until);
    }

    [Fact]
    public void HoldUntil_DigestInWita_NextSevenOClockWita()
    {
        var schedule = new ChatSchedule(DigestAt: new TimeOnly(7, 0), ZoneName: "WITA");
        var now = new DateTimeOffset(2024, 6, 1, 23, 30, 0, TimeSpan.Zero); // 07:30 WITA on 2 June

        Assert.Equal(new DateTimeOffset(2024, 6, 3, 7, 0, 0, TimeSpan.FromHours(8)), schedule.HoldUntil(now));
    }

    [Fact]
    public void FormatDateTime_LateEveningUtc_DayChangesInWit()
    {
        var instant = new DateTimeOffset(2020, 5, 2, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal("Sabtu, 02 Mei 2020 23:30 WIB", Texts.FormatDateTime(instant, ChatZone.Wib));
        Assert.Equal("Minggu, 03 Mei 2020 00:30 WITA", Texts.FormatDateTime(instant, ChatZone.Wita));
        Assert.Equal("Minggu, 03 Mei 2020 01:30 WIT", Texts.FormatDateTime(instant, ChatZone.Wit));
        Assert.Equal("03 Mei 2020", Texts.FormatDate(instant, ChatZone.Wit));
    }

    [Theory]
    [InlineData("wib", "Asia/Jakarta")]
    [InlineData("WITA", "Asia/Makassar")]
    [InlineData("Asia/Jayapura", "Asia/Jayapura")]
    public void Find_NameOrIanaId_Found(string text, string iana) => Assert.Equal(iana, ChatZone.Find(text)?.IanaId);

    [Fact]
    public void FromStored_Unknown_FallsBackToWib() => Assert.Same(ChatZone.Wib, ChatZone.FromStored("CET"));
}
