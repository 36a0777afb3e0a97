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
        var nextGaugeRefresh = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = (await dispatcher.DispatchRoundAsync(stoppingToken)).Claimed;
                if (clock.GetUtcNow() >= nextGaugeRefresh)
                {
                    await dispatcher.SummarizeAsync(stoppingToken);
                    nextGaugeRefresh = clock.GetUtcNow() + options.Value.GaugeRefreshInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Delivery round failed; retrying after the idle delay");
            }

            if (claimed > 0)
            {
                continue;
            }

            try
            {
                await Task.Delay(options.Value.IdleDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        logger.LogInformation("Delivery dispatcher {Owner} stopped", dispatcher.Owner);
    }
}
