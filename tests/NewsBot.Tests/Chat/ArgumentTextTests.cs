using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class ArgumentTextTests
{
    [Theory]
    [InlineData("toko\u200Bpedia", "tokopedia")]
    [InlineData("\u202Etokopedia\u202C", "tokopedia")]
    [InlineData("\u2067gojek\u2069  dan \t grab", "gojek dan grab")]
    [InlineData("\uFEFFxiaomi\u200D", "xiaomi")]
    [InlineData("  bank   bri  ", "bank bri")]
    public void Clean_InvisibleAndDirectionCharacters_Removed(string input, string expected) =>
        Assert.Equal(expected, ArgumentText.Clean(input));

    [Fact]
    public void Clean_TenKilobytes_Bounded()
    {
        Assert.Equal(ArgumentText.MaxLength, ArgumentText.Clean(new string('a', 10_000)).Length);
    }

    [Fact]
    public void Clean_EmojiAtTheCut_NoHalfSurrogate()
    {
        var text = new string('a', ArgumentText.MaxLength - 1) + "😀😀";

        var clean = ArgumentText.Clean(text);

        Assert.False(char.IsHighSurrogate(clean[^1]));
    }
}
