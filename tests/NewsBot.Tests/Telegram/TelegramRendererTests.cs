using System.Text;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramRendererTests
{
    internal static Alert HostileAlert(string summary = "Data 1,3 juta pengguna diduga bocor & dijual.") => new(
        "Xiaomi",
        IncidentType.DataLeak,
        IsUpdate: false,
        new DateTimeOffset(2026, 11, 30, 3, 15, 0, TimeSpan.Zero),
        "<b>Xiaomi</b> & mitra: data \"bocor\"",
        summary,
        [new AlertSource("Tekno <Wire>", "https://news.example/xiaomi?id=1&ref=\"rss\"", "<b>Xiaomi</b> & mitra: data bocor", "id")],
        new IncidentFacts(1_300_000, ["email", "<NIK>"], "Grup \u202Eperetas", IncidentStatus.Alleged, null),
        "Chat ini mengikuti Xiaomi.");

    [Fact]
    public void RenderAlert_HostileFeedText_EscapedAndParsesStrictly()
    {
        TelegramMessage message = TelegramRenderer.RenderAlert(HostileAlert());

        string html = Assert.Single(message.Parts);
        TelegramHtmlResult parsed = TelegramHtmlParser.Parse(html);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Contains("&lt;b&gt;Xiaomi&lt;/b&gt; &amp; mitra: data bocor", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/xiaomi?id=1&amp;ref=&quot;rss&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("<b>Xiaomi</b> & mitra: data bocor", parsed.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Tekno <Wire>", parsed.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", parsed.VisibleText, StringComparison.Ordinal);
        Assert.Equal("https://news.example/xiaomi?id=1&ref=\"rss\"", Assert.Single(Assert.Single(message.Keyboard!.InlineKeyboard)).Url);
    }

    [Fact]
    public void RenderAlert_LongSummary_SplitIntoValidPartsWithKeyboardOnLast()
    {
        string summary = string.Concat(Enumerable.Range(0, 400).Select(i => $"Kalimat {i} tentang <data> & privasi. "));

        TelegramMessage message = TelegramRenderer.RenderAlert(HostileAlert(summary));

        Assert.True(message.Parts.Count >= 3);
        Assert.All(message.Parts, part =>
        {
            TelegramHtmlResult parsed = TelegramHtmlParser.Parse(part);
            Assert.True(parsed.Ok, parsed.Error);
            Assert.InRange(parsed.VisibleText.Length, 1, TelegramHtmlBuilder.MaxMessageLength);
        });
        Assert.NotNull(message.Keyboard);
    }

    [Fact]
    public void RenderReply_Page_PagingButtonsWithShortCallbackData()
    {
        var reply = new Reply("Insiden privasi Xiaomi (halaman 2/3):", [new ReplyLink("Tekno: judul", "https://news.example/a")], new ReplyPage("insiden", "xiaomi", 2, 3));

        TelegramMessage message = TelegramRenderer.RenderReply(reply);

        var rows = message.Keyboard!.InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal("https://news.example/a", rows[0][0].Url);
        Assert.Equal(["pg|insiden|1|xiaomi", "pg|insiden|3|xiaomi"], rows[1].Select(b => b.CallbackData!));
        Assert.All(rows[1], b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
    }

    [Fact]
    public void PagingData_TooLongArgument_NoButtonsInsteadOfInvalidData()
    {
        var reply = new Reply("x", [], new ReplyPage("insiden", new string('é', 40), 1, 2));

        TelegramMessage message = TelegramRenderer.RenderReply(reply);

        Assert.Null(message.Keyboard);
    }

    [Theory]
    [InlineData("pg|insiden|2|xiaomi", "insiden", "xiaomi", 2)]
    [InlineData("pg|insiden|3|bank|jago", "insiden", "bank|jago", 3)]
    public void PagingData_Decode_RoundTrips(string data, string command, string argument, int page)
    {
        Assert.Equal((command, argument, page), PagingData.Decode(data));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pg|insiden|0|x")]
    [InlineData("pg|insiden|dua|x")]
    [InlineData("other")]
    public void PagingData_Garbage_Null(string? data) => Assert.Null(PagingData.Decode(data));
}
