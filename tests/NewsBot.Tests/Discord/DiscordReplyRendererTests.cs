using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord;

public sealed class DiscordReplyRendererTests
{
    [Fact]
    public void Render_PagedReplyWithLinks_LinkButtonsAndPagingButtonsThatRoundTrip()
    {
        var reply = new Reply("Insiden privasi Xiaomi (halaman 2/3):", [new ReplyLink("SINDOnews: Xiaomi", "https://tekno.sindonews.com/x")], new ReplyPage("insiden", "xiaomi", 2, 3));

        var message = DiscordReplyRenderer.Render(reply, ephemeral: false);

        Assert.Null(message.Flags);
        Assert.Equal(2, message.Components!.Count);
        Assert.Equal(MessageComponent.LinkStyle, message.Components[0].Components![0].Style);
        var paging = message.Components[1].Components!;
        Assert.Equal([("insiden", 1, "xiaomi"), ("insiden", 3, "xiaomi")], paging.Select(b => DiscordReplyRenderer.ParsePageId(b.CustomId)!.Value));
        Assert.All(paging, b => Assert.InRange(b.CustomId!.Length, 1, 100));
    }

    [Fact]
    public void Render_FirstPage_PreviousDisabled()
    {
        var reply = new Reply("x", [], new ReplyPage("insiden", new string('a', 300), 1, 2));

        var message = DiscordReplyRenderer.Render(reply, ephemeral: true);

        Assert.Equal(MessagePayload.Ephemeral, message.Flags);
        var paging = Assert.Single(message.Components!).Components!;
        Assert.True(paging[0].Disabled);
        Assert.False(paging[1].Disabled);
        Assert.All(paging, b => Assert.InRange(b.CustomId!.Length, 1, 100));
    }

    [Fact]
    public void Render_LongTextWithMentions_EscapedAndWithin2000()
    {
        var reply = Reply.Plain("@everyone " + new string('x', 5000));

        var message = DiscordReplyRenderer.Render(reply, ephemeral: false);

        Assert.InRange(message.Content!.Length, 1, 2000);
        Assert.DoesNotContain("@everyone", message.Content, StringComparison.Ordinal);
    }
}
