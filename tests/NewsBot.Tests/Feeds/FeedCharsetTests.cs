using System.Text;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds;

public sealed class FeedCharsetTests
{
    private const string Title = "Data \u201cbocor\u201d \u2014 caf\u00e9";

    static FeedCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Parse_Utf8UnderIso88591Prolog_ValidUtf8Wins()
    {
        var bytes = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>{Title}</title></channel></rss>");

        Assert.Equal(Title, FeedParser.Parse(bytes, contentType: "text/xml; charset=iso-8859-1").Title);
    }

    [Fact]
    public void Parse_Windows1252UnderIso88591Label_MapsC1BytesToPunctuation()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>{Title}</title></channel></rss>");

        Assert.Equal(Title, FeedParser.Parse(bytes).Title);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Parse_WideEncodingWithBom_Decodes(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes($"<?xml version=\"1.0\" encoding=\"{name}\"?><rss><channel><title>{Title}</title></channel></rss>")).ToArray();

        Assert.Equal(Title, FeedParser.Parse(bytes).Title);
    }

    [Fact]
    public void Parse_Koi8rDeclared_DecodesCyrillic()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss><channel><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title></channel></rss>");

        Assert.Equal("\u041d\u043e\u0432\u043e\u0441\u0442\u0438", FeedParser.Parse(bytes).Title);
    }

    [Fact]
    public void Parse_NoLabelAndInvalidUtf8_FallsBackToWindows1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes($"<rss><channel><title>{Title}</title></channel></rss>");

        Assert.Equal(Title, FeedParser.Parse(bytes).Title);
    }

    [Fact]
    public void Parse_NamedHtmlEntitiesAndBareAmpersand_AreRecovered()
    {
        var bytes = Encoding.UTF8.GetBytes("<rss><channel><title>Caf&eacute; &amp; AT&T&nbsp;&hellip; &copy;</title><item><title>x</title></item></channel></rss>");

        var feed = FeedParser.Parse(bytes);

        Assert.Null(feed.Error);
        Assert.Equal("Caf\u00e9 & AT&T \u2026 \u00a9", feed.Title);
    }

    [Fact]
    public void Parse_Rss091WithNetscapeDoctype_Parses()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Lama</title><item><title>Satu</title><link>http://a.example/1</link></item></channel></rss>");

        var feed = FeedParser.Parse(bytes);

        Assert.Null(feed.Error);
        Assert.Equal("Lama", feed.Title);
        Assert.Single(feed.Items);
    }
}
