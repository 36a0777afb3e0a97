using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds.Recovery;

/// <summary>Hand-made damage: what a lenient reader keeps, kept exactly; what the damage touched, never guessed.</summary>
public sealed class DamagedFeedRecoveryTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml));

    private static string Item(int n) =>
        $"<item><title>Kebocoran data {n} — Bank Contoh</title><link>https://contoh.id/{n}</link><pubDate>Mon, 0{n} Jan 2024 10:00:00 +0700</pubDate></item>";

    private static string Rss(string items) => $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Contoh</title>{items}</channel></rss>";

    private static void AssertExact(FeedItem item, int n)
    {
        Assert.Equal($"Kebocoran data {n} — Bank Contoh", item.Title);
        Assert.Equal($"https://contoh.id/{n}", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 1, n, 3, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_TruncatedMidItem_KeepsEarlierItemsExactAndNoHalfValue()
    {
        var whole = Rss(Item(1) + Item(2) + Item(3));
        var cut = whole[..(whole.IndexOf("data 3", StringComparison.Ordinal) + 3)];

        var feed = Parse(cut);

        Assert.NotNull(feed.Error);
        Assert.Equal(2, feed.Items.Count); // not "Kebocoran da", nor an item with nothing to tell which it was
        AssertExact(feed.Items[0], 1);
        AssertExact(feed.Items[1], 2);
    }

    [Fact]
    public void Parse_TruncatedRightAfterItemStart_NoEmptyItem()
    {
        var whole = Rss(Item(1) + Item(2));
        var feed = Parse(whole[..(whole.IndexOf("<title>Kebocoran data 2", StringComparison.Ordinal) + 3)]);

        AssertExact(Assert.Single(feed.Items), 1);
    }

    [Fact]
    public void Parse_InsertedLessThanBeforeWord_TitleKeepsTheTextOtherItemsExact()
    {
        var feed = Parse(Rss(Item(1) + "<item><title>x<y Kebocoran data 2</title><link>https://contoh.id/2</link></item>" + Item(3)));

        Assert.NotNull(feed.Error);
        Assert.Equal(3, feed.Items.Count);
        AssertExact(feed.Items[0], 1);
        Assert.Equal("x<y Kebocoran data 2", feed.Items[1].Title); // not "x": the stray '<' must not swallow the title
        Assert.Equal("https://contoh.id/2", feed.Items[1].Link);
        AssertExact(feed.Items[2], 3);
    }

    [Fact]
    public void Parse_InsertedUnclosedTagInsideItem_ItemKeepsTitleLinkAndDate()
    {
        var feed = Parse(Rss(Item(1) + Item(2).Replace("<item>", "<item><br>", StringComparison.Ordinal) + Item(3)));

        Assert.NotNull(feed.Error);
        Assert.Equal(3, feed.Items.Count);
        AssertExact(feed.Items[0], 1);
        AssertExact(feed.Items[1], 2);
        AssertExact(feed.Items[2], 3);
    }

    [Fact]
    public void Parse_LostEndTagOfFeedTitle_TitleKept()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Judul</p></div></subtitle></feed>");

        Assert.NotNull(feed.Error);
        Assert.Equal("Judul", feed.Title);
    }

    [Fact]
    public void Parse_StrayAmpersandInLink_OtherItemsExact()
    {
        var feed = Parse(Rss(Item(1) + "<item><title>R&D</title><link>https://contoh.id/?a=1&b=2</link></item>" + Item(3)));

        Assert.Equal(3, feed.Items.Count);
        AssertExact(feed.Items[0], 1);
        Assert.Equal("R&D", feed.Items[1].Title);
        Assert.Equal("https://contoh.id/?a=1&b=2", feed.Items[1].Link);
        AssertExact(feed.Items[2], 3);
    }

    [Fact]
    public void Parse_TruncatedInsideTag_KeepsEarlierItemsExact()
    {
        var whole = Rss(Item(1) + Item(2));
        var feed = Parse(whole[..(whole.IndexOf("<link>https://contoh.id/2", StringComparison.Ordinal) + 3)]);

        AssertExact(feed.Items[0], 1);
        Assert.Null(feed.Items[1].Link);
    }

    [Theory]
    [InlineData("AT&T <3 a < b", "AT&T <3 a < b")]
    [InlineData("Harga <Rp1 juta & diskon", "Harga")]
    public void Parse_UnescapedAmpersandAndLessThanInTitle_OtherItemsExact(string title, string expectedStart)
    {
        var feed = Parse(Rss(Item(1) + $"<item><title>{title}</title><link>https://contoh.id/x</link></item>" + Item(3)));

        Assert.Equal(3, feed.Items.Count);
        AssertExact(feed.Items[0], 1);
        Assert.StartsWith(expectedStart, feed.Items[1].Title);
        Assert.Equal("https://contoh.id/x", feed.Items[1].Link);
        AssertExact(feed.Items[2], 3);
    }

    [Fact]
    public void Parse_StrayNulAndInvalidUtf8Byte_TextStaysUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss(Item(1) + "<item><title>Satu\u0000Dua</title></item><item><title>Tiga@Empat</title></item>" + Item(4)));
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xFF;

        var feed = FeedParser.Parse(bytes);

        Assert.Equal(4, feed.Items.Count);
        AssertExact(feed.Items[0], 1); // the em dash proves the document was not re-read as windows-1252
        Assert.Equal("SatuDua", feed.Items[1].Title);
        Assert.Equal("Tiga\uFFFDEmpat", feed.Items[2].Title);
        AssertExact(feed.Items[3], 4);
    }

    [Fact]
    public void Parse_LostEndTagsAndStrayMarkup_ItemsSurvive()
    {
        var feed = Parse(Rss(Item(1) + "<p><div class=\"x\">" + Item(2).Replace("</item>", "", StringComparison.Ordinal) + "</span>" + Item(3)));

        Assert.NotNull(feed.Error);
        Assert.Equal(3, feed.Items.Count);
        AssertExact(feed.Items[0], 1);
        AssertExact(feed.Items[1], 2);
        AssertExact(feed.Items[2], 3);
    }

    [Fact]
    public void Parse_MarkupBeforeRootAndDamagedRootTag_FeedFound()
    {
        var beforeRoot = Parse("<b>" + Rss(Item(1)));
        var damagedRoot = Parse("<fe\u00FFd xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title><id>1</id></entry></feed>");

        AssertExact(Assert.Single(beforeRoot.Items), 1);
        Assert.Equal("atom", damagedRoot.Format);
        Assert.Equal("A", Assert.Single(damagedRoot.Items).Title);
    }

    [Fact]
    public void Parse_DamagedFirstByte_ReadsFromFirstTag()
    {
        var feed = Parse("\u00C4" + Rss(Item(1))[1..]);

        Assert.NotNull(feed.Error);
        AssertExact(Assert.Single(feed.Items), 1);
    }

    [Fact]
    public void Parse_MalformedDocumentWithEntityDeclarations_StillRefused()
    {
        var feed = Parse("<!DOCTYPE rss [<!ENTITY x \"BOOM\">]><rss><channel><item><title>&x; a < b</title></item></channel></rss>");

        Assert.StartsWith("Refused", feed.Error);
        Assert.Empty(feed.Items);
    }

    [Fact]
    public void Parse_MalformedDocumentWithUndeclaredEntity_NeverExpanded()
    {
        var feed = Parse(Rss("<item><title>&xxe; &lol9; a < b</title></item>"));

        Assert.Equal("&xxe; &lol9; a < b", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_MalformedAndDeeplyNested_StopsAtDepthCapKeepingEarlierItems()
    {
        var nested = string.Concat(Enumerable.Repeat("<b>", 100_000));
        var feed = Parse(Rss(Item(1) + "<item><title>a < b " + nested + "</title></item>"));

        Assert.Contains("nested deeper", feed.Error, StringComparison.Ordinal);
        AssertExact(feed.Items[0], 1);
    }
}
