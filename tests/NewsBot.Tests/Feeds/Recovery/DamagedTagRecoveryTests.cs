using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds.Recovery;

/// <summary>A flipped byte in a tag, a '&lt;' before escaped text, nested items: read as the tag that was meant.</summary>
public sealed class DamagedTagRecoveryTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml));

    private static string Item(int n) =>
        $"<item><title>Kebocoran data {n} — Bank Contoh</title><link>https://contoh.id/{n}</link><pubDate>Mon, 0{n} Jan 2024 10:00:00 +0700</pubDate></item>\n";

    private static string Rss(string items) => $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Contoh</title>\n{items}</channel></rss>";

    private static void AssertAllExact(ParsedFeed feed, int count)
    {
        Assert.NotNull(feed.Error); // the strict reader failed: this is the recovery path
        Assert.Equal(count, feed.Items.Count);
        for (var n = 1; n <= count; n++)
        {
            Assert.Equal($"Kebocoran data {n} — Bank Contoh", feed.Items[n - 1].Title);
            Assert.Equal($"https://contoh.id/{n}", feed.Items[n - 1].Link);
            Assert.Equal(new DateTimeOffset(2024, 1, n, 3, 0, 0, TimeSpan.Zero), feed.Items[n - 1].Published);
        }
    }

    [Theory]
    [InlineData("<itXm>")] // a letter of the name
    [InlineData("<Item>")]
    [InlineData("\u00C5item>")] // the '<'
    [InlineData("<item\u00F9")] // the '>', the item's children follow
    [InlineData("<itemH")]
    [InlineData("<\u000Etem>")] // flipped into a character XML forbids, which the prepass removes
    public void Parse_FlippedByteInItemStartTag_ItemKeptExact(string damaged)
    {
        var feed = Parse(Rss(Item(1) + Item(2).Replace("<item>", damaged, StringComparison.Ordinal) + Item(3)));

        AssertAllExact(feed, 3);
    }

    [Fact]
    public void Parse_FlippedBytesInChannelAndItemStartTags_ItemsKept()
    {
        var feed = Parse(Rss(Item(1) + Item(2)).Replace("<channel>", "<chann\u00FFl>", StringComparison.Ordinal).Replace("<item>", "<iWem>", StringComparison.Ordinal));

        Assert.Equal("Contoh", feed.Title);
        AssertAllExact(feed, 2);
    }

    [Fact]
    public void Parse_FlippedByteInAtomEntryStartTag_EntryKept()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>\n<entxy>\n<title>Satu</title><id>urn:1</id></entry>\n<entry><title>Dua</title><id>urn:2</id></entry></feed>");

        Assert.Equal(["Satu", "Dua"], feed.Items.Select(i => i.Title));
        Assert.Equal(["urn:1", "urn:2"], feed.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("</tit2e>")] // a letter of the name
    [InlineData("\u00AD/title>")] // the '<'
    [InlineData("<\u00E9title>")] // the '/'
    public void Parse_FlippedByteInTitleEndTag_TitleClosesThere(string damaged)
    {
        var feed = Parse(Rss(Item(1) + Item(2).Replace("</title>", damaged, StringComparison.Ordinal) + Item(3)));

        AssertAllExact(feed, 3); // not a title holding the link and date after it
    }

    [Fact]
    public void Parse_FlippedByteInItemEndTagOfCompleteDocument_ItemWithoutTitleOrLinkKept()
    {
        var feed = Parse(Rss("<item><description>Hanya ringkasan</description>\u00BB/item>\n"));

        Assert.Equal("Hanya ringkasan", Assert.Single(feed.Items).Summary);
    }

    [Fact]
    public void Parse_StrayLessThanBeforeEscapedMarkup_ReadAsText()
    {
        var feed = Parse(Rss(Item(1) + "<item><title>Kebocoran <data&amp;co 2</title><link>https://contoh.id/2</link></item>\n" + Item(3)));

        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("Kebocoran <data&co 2", feed.Items[1].Title);
        Assert.Equal("https://contoh.id/2", feed.Items[1].Link);
    }

    [Fact]
    public void Parse_SelfClosingEntryInsideSource_DoesNotSplitTheEntry()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><source><id>urn:s<b></id><entry/></source><title>Satu</title><id>urn:1</id></entry></feed>");

        var entry = Assert.Single(feed.Items);
        Assert.Equal(("Satu", "urn:1"), (entry.Title, entry.Id));
    }

    [Fact]
    public void Parse_ItemNestedInExtensionElement_StaysNested()
    {
        var feed = Parse(Rss("<item><title>Satu</title><sx:sync xmlns:sx=\"http://feedsync.org/2007/feedsync\"><sx:conflicts><item><title>Versi lama</title></item></sx:conflicts></sx:sync></item>\n<p>"));

        Assert.Equal("Satu", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_RssOneItemsListInMalformedDocument_NotTakenForAnItem()
    {
        var feed = Parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>A</title><items>\n<rdf:Seq><rdf:li resource=\"https://contoh.id/1\"/></rdf:Seq></items></channel>\n<item rdf:about=\"https://contoh.id/1\"><title>a < b</title><link>https://contoh.id/1</link></item></rdf:RDF>");

        var item = Assert.Single(feed.Items);
        Assert.Equal(("a < b", "https://contoh.id/1"), (item.Title, item.Link));
    }

    [Fact]
    public void Parse_CommentOpeningFlippedWithBracketInside_DocumentStillRead()
    {
        var feed = Parse("<!z- entries[0] -->\n" + Rss(Item(1) + Item(2)));

        AssertAllExact(feed, 2);
    }

    [Fact]
    public void Parse_AtomTitleWithBrokenTypeAttribute_TitleDroppedEntryKept()
    {
        // The flip broke type="text/html": read as plain text the escaped HTML would become a title no one wrote.
        var feed = Parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>\n<title type=\"text\u00A9html: mode=\"escaped\">&lt;b&gt;Bocor&lt;/b&gt;</title>"
            + "<link rel=\"alternate\" href=\"https://contoh.id/1\"/></entry>\n<entry><title>Dua</title><link rel=\"alternate\" href=\"https://contoh.id/2\"/></entry>\n<</feed>");

        Assert.NotNull(feed.Error);
        Assert.Equal([null, "Dua"], feed.Items.Select(i => i.Title));
        Assert.Equal(["https://contoh.id/1", "https://contoh.id/2"], feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void Parse_RdfPrefixDeclarationDamaged_ItemsKeepTheirDefaultNamespace()
    {
        // "xmlns:rdf" lost its 'x': read again without namespace checking, the children of rdf:RDF are still RSS 1.0.
        var feed = Parse("<rdf:RDF mlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
            + "<channel rdf:about=\"https://contoh.id/\"><title>Contoh</title></channel>"
            + "<item rdf:about=\"https://contoh.id/1\"><title>Kebocoran data 1</title><link>https://contoh.id/1</link></item></rdf:RDF>");

        Assert.Equal("Contoh", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Kebocoran data 1", item.Title);
        Assert.Equal("https://contoh.id/1", item.Link);
    }
}
