using System.Text.Json;
using NewsBot.Delivery;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Gateway events → NewsBot: interactions are answered on their own task (3 s deadline); removal from a
/// server (GUILD_DELETE without <c>unavailable</c>) or a deleted channel pauses the affected chats.
/// </summary>
public sealed class DiscordGatewayEvents(
    DiscordInteractionHandler interactions,
    DiscordGuildChannels guildChannels,
    ChatStore chats,
    ILogger<DiscordGatewayEvents> logger) : IDiscordGatewayHandler
{
    public async Task OnDispatchAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.Type)
        {
            case "INTERACTION_CREATE":
                var interaction = dispatch.Data.Deserialize<Interaction>(DiscordJson.Options);
                if (interaction is not null)
                {
                    _ = Task.Run(() => AnswerAsync(interaction, cancellationToken), CancellationToken.None);
                }

                break;
            case "GUILD_CREATE":
                if (dispatch.Data.TryGetProperty("channels", out var channels) && channels.ValueKind == JsonValueKind.Array)
                {
                    guildChannels.Observe(Id(dispatch.Data), channels.EnumerateArray().Select(Id));
                }

                break;
            case "GUILD_DELETE":
                var guild = dispatch.Data.Deserialize<Guild>(DiscordJson.Options);
                if (guild is { Unavailable: not true })
                {
                    var removed = await guildChannels.ChannelsAsync(guild.Id, cancellationToken);
                    foreach (var channelId in removed)
                    {
                        await chats.PauseChatAsync(Chat(channelId), "discord: bot removed from server", cancellationToken);
                    }

                    logger.LogInformation("Removed from Discord server {GuildId}: paused {Count} channels", guild.Id, removed.Count);
                }

                break;
            case "CHANNEL_DELETE":
                await chats.PauseChatAsync(Chat(Id(dispatch.Data)), "discord: channel deleted", cancellationToken);
                break;
        }
    }

    /// <summary>Runs beside the event loop so a slow command never holds up the next event or a heartbeat ACK.</summary>
    private async Task AnswerAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            await interactions.HandleAsync(interaction, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Discord interaction {InteractionId} failed", interaction.Id);
        }
    }

    private static ChatAddress Chat(string channelId) => new(DiscordPlatform.PlatformName, channelId, ChatKind.Group);

    private static string Id(JsonElement element) => element.GetProperty("id").GetString() ?? "";
}
