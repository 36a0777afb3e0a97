using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Rest;
using NewsBot.Storage;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Bulk-overwrites the slash commands (globally or to the test guild) only when their JSON changed:
/// commands new to a bulk overwrite count against 200 creates per day per guild.
/// </summary>
public sealed class DiscordCommandRegistrar(
    DiscordRestClient rest,
    BotStateStore state,
    IOptions<DiscordOptions> options,
    ILogger<DiscordCommandRegistrar> logger)
{
    public const string HashKey = "discord.commands.sha256";

    /// <summary>Returns true when commands were sent to Discord, false when the stored hash matched.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        var guild = options.Value.TestGuildId;
        var commands = DiscordCommands.Build(global: string.IsNullOrEmpty(guild));
        var json = JsonSerializer.Serialize(commands, DiscordJson.Options);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.Value.ApplicationId}|{guild}|{json}")));
        if (await state.GetAsync(HashKey, cancellationToken) == hash)
        {
            logger.LogInformation("Discord slash commands unchanged; not re-registering");
            return false;
        }

        if (string.IsNullOrEmpty(guild))
        {
            await rest.BulkOverwriteGlobalCommandsAsync(options.Value.ApplicationId, commands, cancellationToken);
        }
        else
        {
            await rest.BulkOverwriteGuildCommandsAsync(options.Value.ApplicationId, guild, commands, cancellationToken);
        }

        await state.SetAsync(HashKey, hash, cancellationToken);
        logger.LogInformation("Registered {Count} Discord slash commands ({Scope})", commands.Count, string.IsNullOrEmpty(guild) ? "global" : "test guild " + guild);
        return true;
    }
}
