using NewsBot.Alerts;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Chat.Telegram;
using NewsBot.Discord.Models;
using NewsBot.Tests.Discord;
using NewsBot.Tests.Telegram;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat;

/// <summary>Digests on every platform: all alerts present, in order, escaped, within each platform's limits.</summary>
public sealed class DigestRenderingTests
{
    [Fact]
    public void Plain_ThreeAlerts_HeadingAndNumberedEntriesWithGistAndSource()
    {
        var digest = new AlertDigest(DigestReason.Daily, [AlertSamples.Seed("Satu"), AlertSamples.Seed("Dua"), AlertSamples.Seed("Tiga")]);

        var text = AlertText.Plain(digest);

        Assert.StartsWith("🗞 Ringkasan harian NewsBot: 3 peringatan", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("1. Xiaomi", StringComparison.Ordinal) < text.IndexOf("2. Xiaomi", StringComparison.Ordinal));
        Assert.True(text.IndexOf("   Dua", StringComparison.Ordinal) < text.IndexOf("   Tiga", StringComparison.Ordinal));
        Assert.Contains("Sabtu, 02 Mei 2020 13:43 WIB", text, StringComparison.Ordinal);
        Assert.Contains("Xiaomi membantah tudingan mengumpulkan data pengguna.", text, StringComparison.Ordinal);
        Assert.Contains("Sumber: SINDOnews — https://tekno.sindonews.com/read/xiaomi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DigestHeading_QuietHoursSecondPart_SaysSo() =>
        Assert.Equal(
            "Selama jam senyap ada 2 peringatan (bagian 2/3)",
            AlertText.DigestHeading(new AlertDigest(DigestReason.QuietHours, [AlertSamples.Seed(), AlertSamples.Seed()], 2, 3)));

    [Fact]
    public void Gist_LongFirstSentence_CutWithEllipsis()
    {
        var gist = AlertText.Gist(AlertSamples.Seed(summary: new string('a', 500) + ". Kalimat kedua."), max: 100);

        Assert.Equal(100, gist.Length);
        Assert.EndsWith("…", gist, StringComparison.Ordinal);
    }

    [Fact]
    public void Gist_SeveralSentences_OnlyTheFirst() =>
        Assert.Equal("Data bocor.", AlertText.Gist(AlertSamples.Seed(summary: "Data bocor. Perusahaan membantah. Polisi menyelidiki.")));

    [Fact]
    public void RenderDigest_Telegram_HostileTextEscapedAndTitleLinked()
    {
        var digest = new AlertDigest(DigestReason.QuietHours, [TelegramRendererTests.HostileAlert(), AlertSamples.Seed()]);

        var message = TelegramRenderer.RenderDigest(digest);

        var html = Assert.Single(message.Parts);
        var parsed = TelegramHtmlParser.Parse(html);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Contains("&lt;b&gt;Xiaomi&lt;/b&gt; &amp; mitra: data", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://tekno.sindonews.com/read/xiaomi\">", html, StringComparison.Ordinal);
        Assert.StartsWith("🗞 Selama jam senyap ada 2 peringatan", parsed.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Tekno <Wire>", parsed.VisibleText, StringComparison.Ordinal);
        Assert.Null(message.Keyboard);
    }

    [Fact]
    public void RenderDigest_TelegramLongDigest_SplitIntoValidParts()
    {
        var alerts = Enumerable.Range(0, 10).Select(i => AlertSamples.Seed($"Judul {i} " + new string('j', 400), new string('s', 600))).ToList();

        var message = TelegramRenderer.RenderDigest(new AlertDigest(DigestReason.Daily, alerts));

        Assert.True(message.Parts.Count > 1);
        var visible = string.Concat(message.Parts.Select(part =>
        {
            var parsed = TelegramHtmlParser.Parse(part);
            Assert.True(parsed.Ok, parsed.Error);
            Assert.InRange(parsed.VisibleText.Length, 1, 4096);
            return parsed.VisibleText;
        }));
        Assert.All(Enumerable.Range(0, 10), i => Assert.Contains($"Judul {i} ", visible, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderDigest_Discord_HeadingThenOneEmbedPerAlertNoMentionPings()
    {
        var hostile = AlertSamples.Seed("@everyone data bocor **tebal**", "Lihat <@123> dan @here.");

        var messages = DiscordAlertRenderer.RenderDigest(new AlertDigest(DigestReason.Daily, [hostile, AlertSamples.Seed("Kedua")]));

        var message = Assert.Single(messages);
        Assert.StartsWith("🗞 **Ringkasan harian NewsBot: 2 peringatan**", message.Content!.Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, message.Embeds!.Count);
        var first = message.Embeds[0];
        Assert.Equal("https://tekno.sindonews.com/read/xiaomi", first.Url);
        Assert.DoesNotContain("@everyone", first.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", first.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("<@123>", first.Description, StringComparison.Ordinal);
        Assert.Contains("\\*\\*tebal\\*\\*", first.Description, StringComparison.Ordinal);
        Assert.Contains("Kedua", message.Embeds[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDigest_DiscordManyLongAlerts_PackedWithinLimitsInOrder()
    {
        var alerts = Enumerable.Range(0, 25).Select(i => AlertSamples.Seed($"Judul {i:00} " + new string('j', 400), new string('s', 3000))).ToList();

        var messages = DiscordAlertRenderer.RenderDigest(new AlertDigest(DigestReason.Daily, alerts));

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Embeds!.Count, 1, 10);
            Assert.InRange(m.Embeds.Sum(e => e.TextLength), 1, Embed.TotalLimit);
            Assert.All(m.Embeds, e => Assert.InRange(e.Description!.Length, 1, Embed.DescriptionLimit));
        });
        Assert.NotNull(messages[0].Content);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Content));
        var order = messages.SelectMany(m => m.Embeds!).Select(e => e.Description![..10]).ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"**Judul {i:00}"), order);
    }
}
