using NewsBot.Feeds.Parsing;

namespace NewsBot.Tests.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 1 Jan 2004 19:48 GMT", "2004-01-01T19:48:00Z")]
    [InlineData("01 Jan 04 19:48:21 +0000", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 EST", "2004-01-02T00:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 -05:00", "2004-01-02T00:48:21Z")]
    [InlineData("Thu, 01 January 2004 19:48:21 Z", "2004-01-01T19:48:21Z")]
    [InlineData("Senin, 12 Agustus 2024 10:00 WIB", "2024-08-12T03:00:00Z")]
    [InlineData("Sel, 13 Agu 2024 10:00:00 WITA", "2024-08-13T02:00:00Z")]
    [InlineData("Rabu, 14 Okt 2020 07:30 WIT", "2020-10-13T22:30:00Z")]
    [InlineData("Jumat, 05 Maret 2021, 14:42 WIB", "2021-03-05T07:42:00Z")]
    [InlineData("Sabtu, 02 Mei 2020 - 13:43 WIB", "2020-05-02T06:43:00Z")]
    [InlineData("Minggu, 1 Des 2024 00:00:00 +0700", "2024-11-30T17:00:00Z")]
    [InlineData("12 Agt 2024", "2024-08-12T00:00:00Z")]
    [InlineData("2024-08-12 10:00:00", "2024-08-12T10:00:00Z")]
    [InlineData("2024-08-12T10:00:00+07:00", "2024-08-12T03:00:00Z")]
    [InlineData("2024-08-12T10:00:00.123Z", "2024-08-12T10:00:00.123Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    public void Parse_DateInTheWild_ReturnsUtcInstant(string text, string expected)
    {
        var parsed = FeedDates.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kemarin")]
    [InlineData("Thu, 31 Feb 2004 19:48:21 GMT")]
    [InlineData("Thu, 01 Jan 2004 25:48:21 GMT")]
    [InlineData("2004-13-01T00:00:00Z")]
    [InlineData("01/02/2004")]
    [InlineData("Thu, 01 Foo 2004 19:48:21 GMT")]
    public void Parse_Unparseable_ReturnsNullNeverNow(string text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
