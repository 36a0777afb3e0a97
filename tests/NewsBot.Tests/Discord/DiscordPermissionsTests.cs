using NewsBot.Chat.Discord;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord;

public sealed class DiscordPermissionsTests
{
    [Theory]
    [InlineData("700", "8", true)]
    [InlineData("700", "32", true)]
    [InlineData("700", "40", true)]
    [InlineData("700", "0", false)]
    [InlineData("700", "2048", false)]
    [InlineData("700", "1237940039285380274899124256", true)] // bit 90 + Manage Server: wider than ulong
    [InlineData("700", "1237940039285380274899124224", false)]
    [InlineData("700", null, false)]
    [InlineData("700", "-32", false)]
    [InlineData(null, null, true)] // a DM with the bot: the user owns the chat
    public void CanManage_MemberPermissions_MatchesManageServerOrAdministrator(string? guildId, string? permissions, bool expected)
    {
        var interaction = new Interaction
        {
            GuildId = guildId,
            Member = guildId is null ? null : new GuildMember { Permissions = permissions, User = new User { Id = "1" } },
            User = guildId is null ? new User { Id = "1" } : null,
        };

        var result = DiscordPermissions.CanManage(interaction);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("19456", true)]
    [InlineData("3072", false)]
    [InlineData(null, true)]
    public void BotCanPost_AppPermissions_NeedsViewSendAndEmbedLinks(string? appPermissions, bool expected)
    {
        var interaction = new Interaction { GuildId = "700", AppPermissions = appPermissions };

        var result = DiscordPermissions.BotCanPost(interaction);

        Assert.Equal(expected, result);
    }
}
