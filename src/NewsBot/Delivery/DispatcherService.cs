using Microsoft.Extensions.Options;

namespace NewsBot.Delivery;

/// <summary>
/// Runs the <see cref="Dispatcher"/> for the life of the host. On shutdown the current round lets sends on
/// the wire finish (up to <see cref="DeliveryOptions.ShutdownGrace"/>) and releases rows not yet sent.
/// </summary>
public sealed class DispatcherService(Dispatcher dispatcher, TimeProvider clock, IOptions<DeliveryOptions> options, ILogger<DispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Delivery dispatcher {Owner} started for platforms {Platforms}", dispatcher.Owner, string.Join(", ", dispatcher.Platforms));
        await Task.WhenAll(dispatcher.Platforms.Select(platform => RunLaneAsync(platform, stoppingToken)).Append(RefreshGaugesAsync(stoppingToken)));
        logger.LogInformation("Delivery dispatcher {Owner} stopped", dispatcher.Owner);
    }

    /// <summary>One loop per platform: a slow or paused platform never holds up another.</summary>
    private async Task RunLaneAsync(string platform, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = (await dispatcher.DispatchRoundAsync(platform, stoppingToken)).Claimed;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Delivery round for {Platform} failed; retrying after the idle delay", platform);
            }

            if (claimed == 0 && !await DelayAsync(options.Value.IdleDelay, stoppingToken))
            {
                return;
            }
        }
    }

    private async Task RefreshGaugesAsync(CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await dispatcher.SummarizeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not refresh the delivery queue gauges");
            }
        }
        while (await DelayAsync(options.Value.GaugeRefreshInterval, stoppingToken));
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
