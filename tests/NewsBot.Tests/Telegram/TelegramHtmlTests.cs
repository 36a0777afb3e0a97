using NewsBot.Chat.Telegram;
using NewsBot.Tests.Telegram.Fakes;
using Telegram.Bot.Extensions;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    private const int Seed = 20261201;
    private const int Cases = 10_000;

    [Fact]
    public void Escape_RandomStrings_StrictParserAcceptsAndVisibleTextRoundTrips()
    {
        var random = new RandomText(Seed);
        for (int i = 0; i < Cases; i++)
        {
            string text = random.Next(40);

            TelegramHtmlResult parsed = TelegramHtmlParser.Parse(HtmlText.Escape(text));

            Assert.True(parsed.Ok, $"case {i}: {parsed.Error}");
            Assert.Equal(text, parsed.VisibleText);
        }
    }

    [Fact]
    public void Builder_RandomSegments_EveryPartParsesFitsAndTextRoundTrips()
    {
        var random = new RandomText(Seed + 1);
        for (int i = 0; i < Cases; i++)
        {
            int max = random.Random.Next(4) == 0 ? TelegramHtmlBuilder.MaxMessageLength : random.Random.Next(16, 300);
            var builder = new TelegramHtmlBuilder();
            string expected = AddRandomSegments(builder, random);

            IReadOnlyList<string> parts = builder.Build(max);

            var visible = new List<string>();
            foreach (string part in parts)
            {
                TelegramHtmlResult parsed = TelegramHtmlParser.Parse(part);
                Assert.True(parsed.Ok, $"case {i}: {parsed.Error}");
                Assert.InRange(parsed.VisibleText.Length, 1, max);
                Assert.False(char.IsHighSurrogate(parsed.VisibleText[^1]), $"case {i}: part ends inside a surrogate pair");
                Assert.False(char.IsLowSurrogate(parsed.VisibleText[0]), $"case {i}: part starts inside a surrogate pair");
                visible.Add(parsed.VisibleText);
            }

            AssertSameTextUpToDroppedBlankParts(expected, visible, i);
        }
    }

    [Fact]
    public void Text_HostileTitle_OnlyTheFourEntities()
    {
        string html = Assert.Single(new TelegramHtmlBuilder().Text("<b>Bocor</b> & \"data\" > 1 juta").Build());

        Assert.Equal("&lt;b&gt;Bocor&lt;/b&gt; &amp; &quot;data&quot; &gt; 1 juta", html);
        Assert.Equal("<b>Bocor</b> & \"data\" > 1 juta", TelegramHtmlParser.Parse(html).VisibleText);
    }

    [Fact]
    public void Link_NonWebScheme_RenderedAsPlainText()
    {
        IReadOnlyList<string> parts = new TelegramHtmlBuilder().Link("javascript:alert(1)", "klik").Text(" ").Link("https://x.example/?a=1&b=\"2\"", "baca").Build();

        Assert.Equal("klik <a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">baca</a>", Assert.Single(parts));
    }

    [Fact]
    public void Build_LongText_SplitsAfterLineBreakWithinLimit()
    {
        var builder = new TelegramHtmlBuilder();
        for (int i = 0; i < 200; i++)
        {
            builder.Bold("Judul & <tag> " + i).Line(" — " + new string('x', 30));
        }

        IReadOnlyList<string> parts = builder.Build();

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(TelegramHtmlParser.Parse(p).Ok));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("\n", p, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.InRange(TelegramHtmlParser.Parse(p).VisibleText.Length, 1, TelegramHtmlBuilder.MaxMessageLength));
    }

    private static string AddRandomSegments(TelegramHtmlBuilder builder, RandomText random)
    {
        var expected = new System.Text.StringBuilder();
        int count = random.Random.Next(1, 8);
        for (int s = 0; s < count; s++)
        {
            string text = random.Next(random.Random.Next(3) == 0 ? 400 : 30);
            switch (random.Random.Next(6))
            {
                case 0: builder.Text(text); break;
                case 1: builder.Bold(text); break;
                case 2: builder.Italic(text); break;
                case 3: builder.Code(text); break;
                case 4: builder.Blockquote(text); break;
                default: builder.Link("https://example.com/a?x=\"1\"&y=<2>" + random.Next(3), text); break;
            }

            expected.Append(text);
        }

        return expected.ToString();
    }

    /// <summary>The parts, in order, spell the original text except for whitespace-only stretches between them.</summary>
    private static void AssertSameTextUpToDroppedBlankParts(string expected, List<string> parts, int caseNumber)
    {
        int position = 0;
        foreach (string part in parts)
        {
            int found = expected.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"case {caseNumber}: part not found in order");
            Assert.True(string.IsNullOrWhiteSpace(expected[position..found]), $"case {caseNumber}: non-blank text lost");
            position = found + part.Length;
        }

        Assert.True(string.IsNullOrWhiteSpace(expected[position..]), $"case {caseNumber}: non-blank text lost at the end");
    }
}
