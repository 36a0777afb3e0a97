using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>CLI verb <c>deliver</c>: send every deliverable outbox row, then exit.</summary>
public static class DeliverCommand
{
    /// <summary>
    /// Delivers until no row is left for the configured platforms (rows backing off are waited for) and returns
    /// the process exit code. Needs the host's services only; the host itself need not be started.
    /// </summary>
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<Dispatcher>();
        var options = services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DeliverCommand));
        await services.GetRequiredService<Database>().MigrateAsync(cancellationToken);

        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = await dispatcher.DispatchRoundAsync(cancellationToken);
            delivered += round.Finished;
            if (round.Claimed > 0)
            {
                continue;
            }

            if (await dispatcher.CountDeliverableAsync(cancellationToken) == 0)
            {
                var summary = await dispatcher.SummarizeAsync(cancellationToken);
                logger.LogInformation(
                    "Outbox drained: {Finished} rows finished this run; {Pending} pending for other platforms or paused chats",
                    delivered, summary.Pending);
                return 0;
            }

            await Task.Delay(options.IdleDelay, clock, cancellationToken);
        }

        return 1;
    }
}
