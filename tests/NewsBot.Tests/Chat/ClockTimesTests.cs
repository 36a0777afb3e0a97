using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class ClockTimesTests
{
    [Theory]
    [InlineData("07:00", 7, 0)]
    [InlineData("7.30", 7, 30)]
    [InlineData("22", 22, 0)]
    [InlineData("0:05", 0, 5)]
    [InlineData("06.00 WIB", 6, 0)]
    [InlineData(" 23:59 ", 23, 59)]
    public void TryParse_WrittenTimes_Parsed(string text, int hour, int minute)
    {
        Assert.True(ClockTimes.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24:00")]
    [InlineData("7:60")]
    [InlineData("7:5")]
    [InlineData("besok")]
    [InlineData("-1")]
    [InlineData("07:00 WITA")]
    [InlineData("٠٧:٠٠")]
    public void TryParse_NotATime_Rejected(string text) =>
        Assert.False(ClockTimes.TryParse(text, out _));

    [Theory]
    [InlineData("22:00-06:00", 22, 6)]
    [InlineData("22.00 – 06.00", 22, 6)]
    [InlineData("22 s/d 6", 22, 6)]
    [InlineData("21:00 sampai 05:00 WIB", 21, 5)]
    [InlineData("9-17", 9, 17)]
    public void TryParseRange_WrittenRanges_Parsed(string text, int start, int end)
    {
        Assert.True(ClockTimes.TryParseRange(text, out var from, out var to));
        Assert.Equal((new TimeOnly(start, 0), new TimeOnly(end, 0)), (from, to));
    }

    [Theory]
    [InlineData("22:00")]
    [InlineData("22:00-")]
    [InlineData("malam-pagi")]
    [InlineData("22:00-25:00")]
    public void TryParseRange_NotARange_Rejected(string text) =>
        Assert.False(ClockTimes.TryParseRange(text, out _, out _));

    [Theory]
    [InlineData("mati", true)]
    [InlineData("OFF", true)]
    [InlineData("nonaktif", true)]
    [InlineData("07:00", false)]
    public void IsOff_Words_Recognised(string text, bool off) =>
        Assert.Equal(off, ClockTimes.IsOff(text));
}

public sealed class EverydayClockTimesTests
{
    [Theory]
    [InlineData("jam 7 pagi", 7, 0)]
    [InlineData("7 malam", 19, 0)]
    [InlineData("19.30", 19, 30)]
    [InlineData("pukul 12 siang", 12, 0)]
    [InlineData("jam 12 malam", 0, 0)]
    [InlineData("jam 2 malam", 2, 0)]
    [InlineData("4 sore", 16, 0)]
    [InlineData("jam 1 siang", 13, 0)]
    public void TryParse_EverydayForms_Parsed(string text, int hour, int minute)
    {
        Assert.True(ClockTimes.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("13 malam")]
    [InlineData("jam pagi")]
    public void TryParse_ImpossibleEverydayForms_Rejected(string text) => Assert.False(ClockTimes.TryParse(text, out _));

    [Theory]
    [InlineData("22:00-06:00 WITA", "22:00-06:00", "WITA")]
    [InlineData("22:00-06:00 wit", "22:00-06:00", "WIT")]
    [InlineData("jam 7 pagi WIB", "jam 7 pagi", "WIB")]
    [InlineData("22:00-06:00", "22:00-06:00", null)]
    public void TakeZone_TrailingZoneName_Separated(string text, string rest, string? zone)
    {
        Assert.Equal(rest, ClockTimes.TakeZone(text, out var found));
        Assert.Equal(zone, found?.Name);
    }
}
