using NewsBot.Analysis;
using NewsBot.Chat.Discord;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord;

public sealed class DiscordAlertRendererTests
{
    [Fact]
    public void Render_SeedAlert_OneEmbedWithTitleLinkFactsSourceFooterAndColour()
    {
        var alert = AlertSamples.Seed();

        var embed = Assert.Single(DiscordAlertRenderer.Render(alert));

        Assert.Equal("Xiaomi — Pengumpulan/penyalahgunaan data", embed.Title!.Replace("\\", "", StringComparison.Ordinal));
        Assert.Equal("https://tekno.sindonews.com/read/xiaomi", embed.Url);
        Assert.Contains("Xiaomi membantah", embed.Description);
        Assert.Equal(["Status", "Jumlah data", "Jenis data", "Sumber"], embed.Fields!.Select(f => f.Name));
        Assert.Equal("Dibantah", embed.Fields![0].Value);
        Assert.Equal("2 juta", embed.Fields![1].Value);
        Assert.Contains("(https://tekno.sindonews.com/read/xiaomi)", embed.Fields![3].Value);
        Assert.StartsWith("Mengapa Anda menerima ini: ", embed.Footer!.Text);
        Assert.Equal(alert.PublishedAt, embed.Timestamp);
        Assert.Equal(DiscordColors.For(IncidentType.DataCollection), embed.Color);
    }

    [Fact]
    public void Render_HugeAlert_EveryEmbedWithinDiscordLimitsAndNoSourceLost()
    {
        var alert = AlertSamples.Huge();

        var embeds = DiscordAlertRenderer.Render(alert);

        Assert.True(embeds.Count > 1, "200 long sources cannot fit one message");
        Assert.All(embeds, e =>
        {
            Assert.InRange(e.Title?.Length ?? 0, 0, Embed.TitleLimit);
            Assert.InRange(e.Description?.Length ?? 0, 0, Embed.DescriptionLimit);
            Assert.InRange(e.Footer?.Text.Length ?? 0, 0, Embed.FooterLimit);
            Assert.InRange(e.Fields?.Count ?? 0, 0, Embed.FieldCountLimit);
            Assert.All(e.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, Embed.FieldValueLimit));
            Assert.All(e.Fields ?? [], f => Assert.InRange(f.Name.Length, 1, Embed.FieldNameLimit));
            Assert.InRange(e.TextLength, 1, Embed.TotalLimit);
        });
        var allFields = string.Concat(embeds.SelectMany(e => e.Fields ?? []).Select(f => f.Value));
        Assert.All(alert.Sources, s => Assert.Contains(s.Url, allFields, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(IncidentType.DataLeak)]
    [InlineData(IncidentType.Ransomware)]
    [InlineData(IncidentType.Other)]
    public void Render_IncidentType_ColourMatchesType(IncidentType type)
    {
        var alert = AlertSamples.Seed() with { Type = type };

        var embed = DiscordAlertRenderer.Render(alert)[0];

        Assert.Equal(DiscordColors.For(type), embed.Color);
    }

    [Fact]
    public void Render_MentionsAndMarkdownInFeedText_RenderLiterally()
    {
        var hostile = "@everyone <@&123> @here **Bocor** [klik](http://evil.example) `kode` ~~x~~ ||spoiler||";
        var alert = AlertSamples.Seed(hostile, hostile) with { Facts = AlertSamples.Seed().Facts with { Actor = "@everyone" } };

        var embed = Assert.Single(DiscordAlertRenderer.Render(alert));

        var text = string.Join('\n', [embed.Title, embed.Description, .. embed.Fields!.Select(f => f.Value)]);
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", text, StringComparison.Ordinal);
        Assert.Contains("\\*\\*Bocor\\*\\*", embed.Description, StringComparison.Ordinal);
        Assert.Contains("\\[klik\\]\\(http\\://evil.example\\)", embed.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("](http://evil", text, StringComparison.Ordinal);
    }
}
