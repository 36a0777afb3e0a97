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

        var finished = await Task.WhenAll(dispatcher.Platforms.Select(platform => DrainAsync(dispatcher, platform, options.IdleDelay, clock, cancellationToken)));
        cancellationToken.ThrowIfCancellationRequested();
        var summary = await dispatcher.SummarizeAsync(cancellationToken);
        logger.LogInformation(
            "Outbox drained: {Finished} rows finished this run; {Pending} pending for other platforms or paused chats",
            finished.Sum(), summary.Pending);
        if (summary.Stopped.Count > 0)
        {
            logger.LogError("Not delivered to {Platforms}: the bot token was rejected (401)", string.Join(", ", summary.Stopped.Select(s => s.Platform)));
            return 1;
        }

        return 0;
    }

    /// <summary>Runs one platform's lane until none of its rows is left, or its bot token is rejected.</summary>
    private static async Task<int> DrainAsync(Dispatcher dispatcher, string platform, TimeSpan idleDelay, TimeProvider clock, CancellationToken cancellationToken)
    {
        var finished = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = await dispatcher.DispatchRoundAsync(platform, cancellationToken);
            finished += round.Finished;
            if (round.Claimed > 0)
            {
                continue;
            }

            if (dispatcher.IsStopped(platform) || await dispatcher.CountDeliverableAsync(platform, cancellationToken) == 0)
            {
                break;
            }

            await Task.Delay(idleDelay, clock, cancellationToken);
        }

        return finished;
    }
}
