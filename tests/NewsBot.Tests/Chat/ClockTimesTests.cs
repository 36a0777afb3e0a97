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
