using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

public sealed class RssScheduleHintsTests
{
    private static ParsedFeed Parse(string channelExtras) => FeedParser.Parse(Encoding.UTF8.GetBytes($"""
        <rss version="2.0"><channel><title>T</title>{channelExtras}<item><title>A</title></item></channel></rss>
        """));

    [Fact]
    public void Parse_TtlSkipHoursSkipDays_AreExposed()
    {
        var feed = Parse("""
            <ttl>60</ttl>
            <skipHours><hour>0</hour><hour> 23 </hour><hour>1</hour><hour>24</hour></skipHours>
            <skipDays><day>Saturday</day><day>sunday</day></skipDays>
            """);

        Assert.Null(feed.Error);
        Assert.Equal(TimeSpan.FromHours(1), feed.Ttl);
        Assert.Equal([0, 1, 23], feed.SkipHours);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], feed.SkipDays);
        Assert.Single(feed.Items);
    }

    [Fact]
    public void Parse_InvalidHints_AreIgnored()
    {
        var feed = Parse("""
            <ttl>-5</ttl>
            <skipHours><hour>25</hour><hour>pagi</hour><hour></hour></skipHours>
            <skipDays><day>Senin</day><day>3</day><day>Monday</day></skipDays>
            """);

        Assert.Null(feed.Ttl);
        Assert.Empty(feed.SkipHours);
        Assert.Equal([DayOfWeek.Monday], feed.SkipDays);
    }

    [Fact]
    public void Parse_NoHints_EmptyLists()
    {
        var feed = Parse("");

        Assert.Null(feed.Ttl);
        Assert.Empty(feed.SkipHours);
        Assert.Empty(feed.SkipDays);
    }
}
