using NewsBot.History;

namespace NewsBot.Tests.History;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("kebocoran data", "\"kebocoran\" \"data\"")]
    [InlineData("data OR bocor", "\"data\" \"OR\" \"bocor\"")]
    [InlineData("NEAR(data bocor)", "\"NEAR(data\" \"bocor)\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("title:bocor -data data*", "\"title:bocor\" \"-data\" \"data*\"")]
    [InlineData("Data data DATA", "\"Data\"")]
    public void FromUserText_AnyText_EveryTermQuoted(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.FromUserText(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* - : \" ( ) ^")]
    [InlineData("\u200B\u200F")]
    public void FromUserText_NoLetterOrDigit_Null(string text)
    {
        Assert.Null(FtsQuery.FromUserText(text));
    }

    [Fact]
    public void FromUserText_ManyLongTerms_BoundedInCountAndLength()
    {
        var text = string.Join(' ', Enumerable.Range(0, 50).Select(i => new string((char)('a' + (i % 26)), 500) + i));

        var query = FtsQuery.FromUserText(text)!;

        var terms = query.Split(' ');
        Assert.Equal(FtsQuery.MaxTerms, terms.Length);
        Assert.All(terms, term => Assert.Equal(FtsQuery.MaxTermLength + 2, term.Length));
    }
}
