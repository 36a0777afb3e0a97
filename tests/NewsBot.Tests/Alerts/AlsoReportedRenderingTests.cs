using NewsBot.Alerts;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.Discord;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Alerts;

/// <summary>A digest entry names its first source and links the other outlets that reported the incident.</summary>
public sealed class AlsoReportedRenderingTests
{
    private static readonly AlertDigest Digest = new(DigestReason.Daily, [Joined(), AlertSamples.Seed("Lain")]);

    [Fact]
    public void Outlets_RepeatedAndFirstSourceOutlet_EachOtherOutletOnce()
    {
        var alert = Joined() with { Sources = [.. Joined().Sources, new AlertSource("Kompas", "https://kompas.example/2", "Lagi", "id"), new AlertSource("SINDOnews", "https://x.example", "x", "id")] };

        Assert.Equal(["Kompas", "Detik <b>&</b>"], AlsoReported.Outlets(alert).Select(o => o.Outlet));
        Assert.Equal("", AlsoReported.Plain(AlsoReported.Outlets(AlertSamples.Seed())));
    }

    [Fact]
    public void Plain_DigestEntryWithJoinedOutlets_ListsThem()
    {
        var text = AlertText.Plain(Digest);

        Assert.Contains("   Juga diberitakan: Kompas, Detik <b>&</b>", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), l => l.Contains(AlsoReported.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderDigest_Telegram_OutletsLinkedAndEscaped()
    {
        var html = Assert.Single(TelegramRenderer.RenderDigest(Digest).Parts);

        Assert.True(TelegramHtmlParser.Parse(html).Ok);
        Assert.Contains(
            "Juga diberitakan: <a href=\"https://kompas.example/1\">Kompas</a>, <a href=\"https://detik.example/1?a=1&amp;b=2\">Detik &lt;b&gt;&amp;&lt;/b&gt;</a>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDigest_Discord_OutletsAsMaskedLinksEscaped()
    {
        var embed = DiscordAlertRenderer.RenderDigest(Digest)[0].Embeds![0];

        Assert.Contains(
            "Juga diberitakan: [Kompas](https://kompas.example/1), [Detik \\<b\\>&\\</b\\>](https://detik.example/1?a=1&b=2)",
            embed.Description,
            StringComparison.Ordinal);
    }

    private static Alert Joined() => AlertSamples.Seed() with
    {
        Sources =
        [
            .. AlertSamples.Seed().Sources,
            new AlertSource("Kompas", "https://kompas.example/1", "Data Xiaomi", "id"),
            new AlertSource("Detik <b>&</b>", "https://detik.example/1?a=1&b=2", "Data Xiaomi", "id"),
        ],
    };
}
