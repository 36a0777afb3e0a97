using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

public sealed class ChatScheduleTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly ChatSchedule Night = new(new TimeOnly(22, 0), new TimeOnly(6, 0));

    [Fact]
    public void HoldUntil_NoSchedule_SendsNow() =>
        Assert.Null(ChatSchedule.None.HoldUntil(At(3, 0)));

    [Theory]
    [InlineData(22, 0, 2, 6)] // start is inside: held until 06:00 the next morning
    [InlineData(23, 30, 2, 6)]
    [InlineData(2, 0, 1, 6)] // after midnight: until 06:00 the same morning
    [InlineData(5, 59, 1, 6)]
    public void HoldUntil_InsideNightWindow_UntilItsEnd(int hour, int minute, int endDay, int endHour) =>
        Assert.Equal(new DateTimeOffset(2026, 12, endDay, endHour, 0, 0, Wib), Night.HoldUntil(At(hour, minute)));

    [Theory]
    [InlineData(6, 0)] // the end is outside
    [InlineData(12, 0)]
    [InlineData(21, 59)]
    public void HoldUntil_OutsideNightWindow_SendsNow(int hour, int minute) =>
        Assert.Null(Night.HoldUntil(At(hour, minute)));

    [Fact]
    public void HoldUntil_DaytimeWindow_UntilItsEndSameDay()
    {
        var office = new ChatSchedule(new TimeOnly(9, 0), new TimeOnly(17, 30));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 30, 0, Wib), office.HoldUntil(At(10, 0)));
        Assert.Null(office.HoldUntil(At(8, 59)));
        Assert.Null(office.HoldUntil(At(18, 0)));
    }

    [Theory]
    [InlineData(6, 59, 1)]
    [InlineData(7, 0, 2)] // the digest of 07:00 is being made: the next one is tomorrow
    [InlineData(20, 0, 2)]
    public void HoldUntil_DailyDigest_UntilTheNextDigestTime(int hour, int minute, int day) =>
        Assert.Equal(new DateTimeOffset(2026, 12, day, 7, 0, 0, Wib), new ChatSchedule(DigestAt: new TimeOnly(7, 0)).HoldUntil(At(hour, minute)));

    [Fact]
    public void HoldUntil_DigestAndQuietHours_DigestTimeWins()
    {
        var both = Night with { DigestAt = new TimeOnly(8, 0) };

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, Wib), both.HoldUntil(At(23, 0)));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, Wib), both.HoldUntil(At(12, 0)));
    }

    [Fact]
    public void HoldUntil_UtcInstant_JudgedOnTheWibClock()
    {
        // 15:30 UTC is 22:30 WIB: inside the night window although 15:30 is not.
        var now = new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), Night.HoldUntil(now));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 30)]
    [InlineData(23, 59)]
    public void ToMinutes_FromMinutes_RoundTrip(int hour, int minute)
    {
        var time = new TimeOnly(hour, minute);

        Assert.Equal((hour * 60) + minute, ChatSchedule.ToMinutes(time));
        Assert.Equal(time, ChatSchedule.FromMinutes(ChatSchedule.ToMinutes(time)));
    }

    private static DateTimeOffset At(int hour, int minute) => new(2026, 12, 1, hour, minute, 0, Wib);
}
