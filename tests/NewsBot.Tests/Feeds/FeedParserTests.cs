using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

public sealed class FeedParserTests
{
    private static ParsedFeed Parse(string xml, Uri? url = null, string? contentType = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), url, contentType);

    [Fact]
    public void Parse_Rss20_ReadsChannelAndItems()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Berita &amp; Teknologi</title>
                <link>https://example.id/</link>
                <ttl>30</ttl>
                <item>
                  <title><![CDATA[Data <b>bocor</b> di Bank X]]></title>
                  <link>/berita/1</link>
                  <guid isPermaLink="false">abc-1</guid>
                  <pubDate>Senin, 05 Feb 2024 10:00 WIB</pubDate>
                  <dc:creator>Redaksi</dc:creator>
                  <description>&lt;p&gt;Ringkasan&amp;nbsp;singkat&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Isi lengkap.</p>]]></content:encoded>
                  <category>Keamanan</category>
                  <enclosure url="https://example.id/a.jpg" type="image/jpeg" length="123"/>
                </item>
              </channel>
            </rss>
            """, new Uri("https://example.id/rss"));

        Assert.Null(feed.Error);
        Assert.Equal("rss", feed.Format);
        Assert.Equal("Berita & Teknologi", feed.Title);
        Assert.Equal("https://example.id/", feed.Link);
        Assert.Equal(TimeSpan.FromMinutes(30), feed.Ttl);
        var item = Assert.Single(feed.Items);
        Assert.Equal("abc-1", item.Id);
        Assert.Equal("Data bocor di Bank X", item.Title);
        Assert.Equal("https://example.id/berita/1", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 2, 5, 3, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("Redaksi", item.Author);
        Assert.Equal("Ringkasan singkat", item.Summary); // no-break space becomes a plain space
        Assert.Equal("Isi lengkap.", item.Content);
        Assert.Equal(["Keamanan"], item.Categories);
        Assert.Equal(new FeedEnclosure("https://example.id/a.jpg", "image/jpeg", 123), item.Enclosure);
    }

    [Fact]
    public void Parse_Atom10_ReadsEntriesWithXmlBase()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/">
              <title type="html">Contoh &lt;em&gt;Atom&lt;/em&gt;</title>
              <link rel="self" href="https://example.org/feed.atom"/>
              <link href="https://example.org/"/>
              <entry>
                <id>urn:uuid:1</id>
                <title>AT&amp;T &lt;b&gt;</title>
                <link rel="alternate" type="text/html" href="post/1"/>
                <published>2024-02-05T10:00:00+07:00</published>
                <updated>2024-02-05T11:00:00Z</updated>
                <author><name>Ana</name></author>
                <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Halo <b>dunia</b></p></div></summary>
                <content type="html">&lt;p&gt;Isi&lt;/p&gt;</content>
                <category term="privasi"/>
              </entry>
            </feed>
            """);

        Assert.Null(feed.Error);
        Assert.Equal("atom", feed.Format);
        Assert.Equal("Contoh Atom", feed.Title);
        Assert.Equal("https://example.org/", feed.Link);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("urn:uuid:1", entry.Id);
        Assert.Equal("AT&T <b>", entry.Title);
        Assert.Equal("https://example.org/blog/post/1", entry.Link);
        Assert.Equal(new DateTimeOffset(2024, 2, 5, 3, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 2, 5, 11, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Ana", entry.Author);
        Assert.Equal("Halo dunia", entry.Summary);
        Assert.Equal("Isi", entry.Content);
        Assert.Equal(["privasi"], entry.Categories);
    }

    [Fact]
    public void Parse_TruncatedRss_KeepsItemsBeforeTheBreakAndReportsError()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>One</title></item><item><title>Two</title></item><item><title>Thr");

        Assert.NotNull(feed.Error);
        Assert.Equal("rss", feed.Format);
        Assert.Contains(feed.Items, i => i.Title == "One");
        Assert.Contains(feed.Items, i => i.Title == "Two");
    }

    [Fact]
    public void Parse_HtmlPage_ReturnsNotAFeedError()
    {
        var feed = Parse("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>");

        Assert.Equal("unknown", feed.Format);
        Assert.NotNull(feed.Error);
        Assert.Empty(feed.Items);
    }

    [Fact]
    public void Parse_EmptyBody_ReturnsError()
    {
        var feed = FeedParser.Parse([]);

        Assert.NotNull(feed.Error);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsItems()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.example/",
             "items":[{"id":"1","url":"https://j.example/1","title":"Satu","content_html":"<p>x</p>","date_published":"2024-01-02T03:04:05Z","authors":[{"name":"B"}],"tags":["a"]}]}
            """);

        Assert.Null(feed.Error);
        Assert.Equal("json", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Satu", item.Title);
        Assert.Equal("B", item.Author);
        Assert.Equal("x", item.Content);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_Windows1252WithoutDeclaration_DecodesSmartQuotes()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss><channel><title>\u00e9</title></channel></rss>").ToList();
        bytes.InsertRange(bytes.IndexOf((byte)0xE9), [0x93]);

        var feed = FeedParser.Parse(bytes.ToArray(), contentType: "text/xml; charset=iso-8859-1");

        Assert.Equal("\u201c\u00e9", feed.Title);
    }
}
