using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NewsBot.Chat.Telegram;

/// <summary>Webhook mode: start the endpoint, then register it (with the secret) with setWebhook.</summary>
public sealed class TelegramWebhookService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    TelegramConnection connection,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TelegramOptions settings = options.Value;
        if (settings.WebhookUrl is null || settings.WebhookListenUrl is null || string.IsNullOrEmpty(settings.WebhookSecret))
        {
            logger.LogError("Telegram webhook mode needs WebhookUrl, WebhookListenUrl and WebhookSecret; Telegram is not receiving updates");
            return;
        }

        await using TelegramWebhookServer server = await TelegramWebhookServer.StartAsync(
            settings.WebhookListenUrl, settings.WebhookPath, settings.WebhookSecret, handler.HandleAsync, logger, stoppingToken);
        logger.LogInformation("Telegram webhook endpoint listening on {Address}{Path}", server.Address, settings.WebhookPath);
        var backoff = new TelegramBackoff(settings.MaxBackoff);
        while (true)
        {
            try
            {
                await startup.RunAsync(stoppingToken);
                await client.SetWebhook(settings.WebhookUrl.AbsoluteUri, allowedUpdates: TelegramStartup.AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: stoppingToken);
                connection.Report(true);
                break;
            }
            catch (RequestException ex)
            {
                TimeSpan wait = backoff.Next();
                logger.LogError("Telegram webhook registration failed: {Error}; retrying in {Wait}", TelegramErrors.Describe(ex), wait);
                await Task.Delay(wait, clock, stoppingToken);
            }
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
