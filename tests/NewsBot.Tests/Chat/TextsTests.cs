using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class TextsTests
{
    [Fact]
    public void FormatDateTime_UtcInstant_ShowsWib()
    {
        var instant = new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero);

        var text = Texts.FormatDateTime(instant);

        Assert.Equal("Sabtu, 02 Mei 2020 13:43 WIB", text);
    }

    [Fact]
    public void FormatDate_LateUtcEvening_IsNextDayInWib()
    {
        var instant = new DateTimeOffset(2021, 1, 15, 21, 5, 0, TimeSpan.Zero);

        var text = Texts.FormatDate(instant);

        Assert.Equal("16 Januari 2021", text);
    }

    [Theory]
    [InlineData(91_000_000, "91 juta")]
    [InlineData(1_300_000_000, "1,3 miliar")]
    [InlineData(279_000_000, "279 juta")]
    [InlineData(337_225_465, "337,2 juta")]
    [InlineData(15_000, "15 ribu")]
    [InlineData(1_200, "1.200")]
    public void FormatCount_Number_ReadsLikeIndonesianNews(long count, string expected)
    {
        var text = Texts.FormatCount(count);

        Assert.Equal(expected, text);
    }
}
