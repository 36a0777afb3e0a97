using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Long polling. The offset is stored in <see cref="BotStateStore"/> only after an update was handled, so
/// a crash repeats at most the update in hand and loses none (at-least-once). Errors restart the loop
/// with back-off; a poison update is skipped after a few attempts so it cannot block the chat forever.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    BotStateStore state,
    DatabaseLease lease,
    TelegramConnection connection,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public const string OffsetKey = "telegram.update_offset";
    public const string LeaseName = "telegram.poller";
    private const int AttemptsPerUpdate = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TelegramOptions settings = options.Value;
        var backoff = new TelegramBackoff(settings.MaxBackoff);
        await StartAsync(backoff, stoppingToken);
        connection.Report(true);
        int? offset = null;
        bool polling = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await HoldsPollerLeaseAsync(settings, stoppingToken))
            {
                polling = false;
                await Task.Delay(settings.PollerLease / 3, clock, stoppingToken);
                continue;
            }

            if (!polling)
            {
                // Taking over from another instance: continue from the offset it stored.
                offset = int.TryParse(await state.GetAsync(OffsetKey, stoppingToken), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int stored) ? stored : null;
                polling = true;
            }

            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, (int)settings.PollTimeout.TotalSeconds, TelegramStartup.AllowedUpdates, stoppingToken);
                backoff.Reset();
                connection.Report(true);
            }
            catch (RequestException ex)
            {
                connection.Report(false);
                TimeSpan wait = backoff.Next();
                LogPollError(ex, wait);
                await Task.Delay(wait, clock, stoppingToken);
                continue;
            }

            foreach (Update update in updates.OrderBy(u => u.Id))
            {
                await HandleWithRetriesAsync(update, stoppingToken);
                offset = update.Id + 1;
                await SaveOffsetAsync(offset.Value, stoppingToken);
            }

            if (updates.Length == 0 && settings.PollIdleDelay > TimeSpan.Zero)
            {
                await Task.Delay(settings.PollIdleDelay, clock, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await lease.ReleaseAsync(LeaseName, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease then simply runs out and another instance takes over a little later.
            logger.LogWarning("Could not release the Telegram poller lease: {Error}", ex.Message);
        }
    }

    private async Task<bool> HoldsPollerLeaseAsync(TelegramOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            return await lease.TryAcquireAsync(LeaseName, settings.PollerLease, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not take the Telegram poller lease: {Error}", ex.Message);
            return false;
        }
    }

    private async Task StartAsync(TelegramBackoff backoff, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await startup.RunAsync(stoppingToken);
                // A webhook left over from webhook mode makes getUpdates answer 409.
                await client.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
                return;
            }
            catch (RequestException ex)
            {
                TimeSpan wait = backoff.Next();
                logger.LogError("Telegram start-up failed: {Error}; retrying in {Wait}", TelegramErrors.Describe(ex), wait);
                await Task.Delay(wait, clock, stoppingToken);
            }
        }
    }

    private async Task HandleWithRetriesAsync(Update update, CancellationToken stoppingToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await handler.HandleAsync(update, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (attempt >= AttemptsPerUpdate)
                {
                    logger.LogError(ex, "Telegram update {UpdateId} failed {Attempts} times; skipping it", update.Id, attempt);
                    return;
                }

                logger.LogWarning("Telegram update {UpdateId} failed (attempt {Attempt}): {Error}", update.Id, attempt, TelegramErrors.Describe(ex));
                await Task.Delay(TimeSpan.FromSeconds(attempt), clock, stoppingToken);
            }
        }
    }

    private async Task SaveOffsetAsync(int offset, CancellationToken stoppingToken)
    {
        try
        {
            await state.SetAsync(OffsetKey, offset.ToString(CultureInfo.InvariantCulture), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Polling goes on with the offset in memory; after a restart the unsaved updates come again (at-least-once).
            logger.LogWarning("Could not store the Telegram update offset {Offset}: {Error}", offset, ex.Message);
        }
    }

    private void LogPollError(RequestException ex, TimeSpan wait)
    {
        string error = TelegramErrors.Describe(ex);
        if (ex is ApiRequestException { ErrorCode: 401 })
        {
            // Backs off like any error (up to MaxBackoff), so a revoked token costs one request a minute at most.
            logger.LogError("Telegram rejected the bot token on getUpdates: {Error}. Fix Telegram:BotToken and restart; retrying in {Wait}", error, wait);
        }
        else if (ex is ApiRequestException { ErrorCode: 409 })
        {
            logger.LogError("Telegram getUpdates refused: {Error} (another instance or a webhook?); retrying in {Wait}", error, wait);
        }
        else
        {
            logger.LogWarning("Telegram getUpdates failed: {Error}; retrying in {Wait}", error, wait);
        }
    }
}
