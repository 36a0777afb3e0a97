using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/ikuti tokopedia", "ikuti", "tokopedia")]
    [InlineData("  /IKUTI   Bank Syariah Indonesia ", "ikuti", "Bank Syariah Indonesia")]
    [InlineData("/langganan", "langganan", "")]
    [InlineData("/ikuti@NewsBot xiaomi", "ikuti", "xiaomi")]
    [InlineData("/ikuti@newsbot xiaomi", "ikuti", "xiaomi")]
    public void Parse_Command_ReturnsNameAndArgument(string text, string name, string argument)
    {
        var parsed = CommandText.Parse(text, "NewsBot");

        Assert.Equal((name, argument), parsed);
    }

    [Theory]
    [InlineData("halo")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("/ikuti@OtherBot xiaomi")]
    public void Parse_NotACommandForThisBot_ReturnsNull(string text)
    {
        var parsed = CommandText.Parse(text, "NewsBot");

        Assert.Null(parsed);
    }
}
