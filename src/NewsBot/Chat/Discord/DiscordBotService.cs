using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;

namespace NewsBot.Chat.Discord;

/// <summary>Registers the slash commands (when changed) and keeps the Gateway connection up.</summary>
public sealed class DiscordBotService(
    DiscordCommandRegistrar registrar,
    DiscordGatewayClient gateway,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await registrar.RegisterAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is DiscordHttpException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            // The bot still answers with the commands Discord already has.
            logger.LogError("Registering Discord slash commands failed: {Error}", ex.Message);
        }

        await gateway.RunAsync(stoppingToken);
    }
}
