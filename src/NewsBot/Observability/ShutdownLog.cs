namespace NewsBot.Observability;

/// <summary>
/// Logs "NewsBot stopping" when the host begins to stop (SIGTERM, Ctrl+C) and "NewsBot stopped after N ms" once every
/// service has stopped and leased outbox rows are released: the figure operators (and the shutdown test) read.
/// </summary>
public sealed class ShutdownLog(IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ShutdownLog> logger) : IHostedService
{
    private long _stoppingAt;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            Volatile.Write(ref _stoppingAt, clock.GetTimestamp());
            logger.LogInformation("NewsBot stopping");
        });
        lifetime.ApplicationStopped.Register(() =>
            logger.LogInformation("NewsBot stopped after {ElapsedMs} ms", (long)clock.GetElapsedTime(Volatile.Read(ref _stoppingAt)).TotalMilliseconds));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
