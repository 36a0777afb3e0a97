using System.Globalization;
using System.Numerics;
using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>Server-side re-check of who may change settings (defaults in the command can be overridden by admins).</summary>
public static class DiscordPermissions
{
    public static readonly BigInteger Administrator = BigInteger.One << 3;
    public static readonly BigInteger ManageGuild = BigInteger.One << 5;

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
}
