using System.Text;
using AngleSharp.Html;
using NewsBot.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Tests.Feeds;

public sealed class HtmlEntitiesTests
{
    [Fact]
    public void All_EveryEntry_MatchesAngleSharpsTable()
    {
        Assert.True(HtmlEntities.All.Count > 2000, $"only {HtmlEntities.All.Count} entities");
        foreach (var (name, symbol) in HtmlEntities.All)
        {
            Assert.Equal(HtmlEntityProvider.Resolver.GetSymbol(name + ";"), symbol);
        }
    }

    [Theory]
    [InlineData("nbsp", "\u00A0")]
    [InlineData("lang", "\u27E8")] // HTML5's value; HTML4 had U+2329
    [InlineData("NotNestedGreaterGreater", "\u2AA2\u0338")]
    [InlineData("AMP", "&")]
    [InlineData("fopf", "\U0001D557")]
    public void Resolve_KnownName_ItsCharacters(string name, string expected)
    {
        Assert.Equal(expected, HtmlEntities.Resolve(name));
    }

    [Theory]
    [InlineData("doesnotexist")]
    [InlineData("NBSP")]
    [InlineData("")]
    public void Resolve_UnknownName_Null(string name)
    {
        Assert.Null(HtmlEntities.Resolve(name));
    }

    [Fact]
    public void Parse_NamedEntitiesInTitle_Decoded()
    {
        var bytes = Encoding.UTF8.GetBytes("<rss><channel><title>a&lang;b&hellip;&fopf;&doesnotexist;</title></channel></rss>");

        Assert.Equal("a\u27E8b\u2026\U0001D557&doesnotexist;", FeedParser.Parse(bytes).Title);
    }
}
