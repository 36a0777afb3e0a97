using System.Globalization;
using System.Numerics;
using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>Server-side re-check of who may change settings (defaults in the command can be overridden by admins).</summary>
public static class DiscordPermissions
{
    public static readonly BigInteger Administrator = BigInteger.One << 3;
    public static readonly BigInteger ManageGuild = BigInteger.One << 5;

    /// <summary>VIEW_CHANNEL, SEND_MESSAGES and EMBED_LINKS: what alerts need in a channel.</summary>
    public static readonly BigInteger PostEmbeds = (BigInteger.One << 10) | (BigInteger.One << 11) | (BigInteger.One << 14);

    /// <summary>In a server: the member holds Manage Server or Administrator. In a DM: the user owns the chat.</summary>
    public static bool CanManage(Interaction interaction)
    {
        if (interaction.GuildId is null)
        {
            return interaction.User is not null;
        }

        return BigInteger.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && ((permissions & (ManageGuild | Administrator)) != BigInteger.Zero);
    }

    /// <summary>False only when Discord told us (app_permissions) that the bot cannot post embeds in the channel.</summary>
    public static bool BotCanPost(Interaction interaction) =>
        interaction.GuildId is null
        || !BigInteger.TryParse(interaction.AppPermissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
        || (permissions & PostEmbeds) == PostEmbeds;
}
