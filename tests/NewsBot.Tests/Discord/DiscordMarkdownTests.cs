using System.Text;
using NewsBot.Chat.Discord;

namespace NewsBot.Tests.Discord;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("<@&123>", "\\<@\u200B&123\\>")]
    [InlineData("**bold** _i_", "\\*\\*bold\\*\\* \\_i\\_")]
    [InlineData("[x](http://evil)", "\\[x\\]\\(http\\://evil\\)")]
    [InlineData("# judul", "\\# judul")]
    [InlineData("biasa saja", "biasa saja")]
    public void Escape_CuratedInput_RendersLiterally(string input, string expected)
    {
        var escaped = DiscordMarkdown.Escape(input);

        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void Escape_RandomUnicode_RoundTripsAndNeverPings()
    {
        var random = new Random(20260801);
        const string Alphabet = "@everyonhr<>&*_~|#-[]()`:\\ aZ9\n😀é";
        for (var i = 0; i < 10_000; i++)
        {
            var input = new StringBuilder();
            var length = random.Next(0, 40);
            while (input.Length < length)
            {
                input.Append(random.Next(4) == 0 ? "@everyone" : Alphabet[random.Next(Alphabet.Length)].ToString());
            }

            var escaped = DiscordMarkdown.Escape(input.ToString());

            Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
            Assert.DoesNotContain("@here", escaped, StringComparison.Ordinal);
            Assert.Equal(input.ToString(), Unescape(escaped));
        }
    }

    [Theory]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("ab\\*cd", 4, "ab…")]
    [InlineData("ab😀cd", 4, "ab…")]
    [InlineData("abc", 4, "abc")]
    public void Truncate_LongText_KeepsEscapesAndSurrogatesWhole(string input, int max, string expected)
    {
        var result = DiscordMarkdown.Truncate(input, max);

        Assert.Equal(expected, result);
    }

    private static string Unescape(string escaped)
    {
        var result = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length)
            {
                i++;
            }
            else if (escaped[i] == '\u200B' && i > 0 && escaped[i - 1] == '@')
            {
                continue;
            }

            result.Append(escaped[i]);
        }

        return result.ToString();
    }
}
