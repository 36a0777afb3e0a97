using Microsoft.Extensions.Options;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds.Scheduling;

/// <summary>
/// Checks each feed when its own slot comes, not all feeds at a tick: claims due feeds as check slots free up
/// (<see cref="FeedOptions.Parallelism"/>); feeds of a host that is busy wait for its turn (<see cref="HostTurns"/>)
/// without taking a slot, and feeds that failed last time use at most a quarter of the slots, so slow or dead
/// servers never starve healthy feeds. One run lasts one scheduler tick; its claims are renewed while it runs
/// (<see cref="FeedClaims"/>).
/// </summary>
public sealed class FeedPoller(
    FeedStore feeds,
    FeedChecker checker,
    IOptions<FeedOptions> options,
    IOptions<FetchOptions> fetching,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<FeedPoller> logger)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(20);

    private readonly FeedClaims _claims = new(feeds);

    /// <summary>How often the job runs: the poller only has to look often enough; feeds keep their own schedule.</summary>
    public static TimeSpan Tick(TimeSpan interval) => interval < TimeSpan.FromMinutes(1) ? interval : TimeSpan.FromMinutes(1);

    private Task? _renewal;

    /// <summary>
    /// Claims and checks due feeds until <paramref name="until"/> (one tick when null). Checks still running then
    /// finish on their own, their claims renewed: waiting for the slowest (up to a fetch timeout) would stop all
    /// claiming at the end of every tick.
    /// </summary>
    public async Task RunAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        // Stop claiming when the job is interrupted or the host stops; checks outlive the run, so they stop with the host.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var checking = lifetime.ApplicationStopping;
        _renewal ??= RenewLoopAsync(checking);
        var parallelism = options.Value.Parallelism;
        // Not disposed: checks still running after the run release them (they hold no wait handle).
        var slots = new SemaphoreSlim(parallelism);
        var failingLane = new SemaphoreSlim(Math.Max(1, parallelism / 4));
        var windowOver = new CancellationTokenSource();
        var turns = new HostTurns(fetching.Value.PerHostConcurrency);
        var end = until ?? clock.GetUtcNow() + Tick(options.Value.Interval);
        try
        {
            while (clock.GetUtcNow() < end)
            {
                await slots.WaitAsync(stop.Token);
                var lease = clock.GetUtcNow() + FeedClaims.Lease;
                var claimed = await feeds.ClaimDueAsync(slots.CurrentCount + 1, lease, stop.Token);
                if (claimed.Count == 0)
                {
                    slots.Release();
                    await Task.Delay(await PauseAsync(stop.Token), clock, stop.Token);
                    continue;
                }

                // Only this loop takes slots, so the ones counted for the claim are still free.
                for (var i = 1; i < claimed.Count; i++)
                {
                    slots.Wait(0, CancellationToken.None);
                }

                foreach (var feed in claimed)
                {
                    if (_claims.TryAdd(feed, lease) && turns.TryStart(feed))
                    {
                        _ = CheckHostAsync(feed, turns, slots, failingLane, windowOver.Token, checking);
                    }
                    else
                    {
                        // Still being checked, or waiting for its host: either way it needs no slot now.
                        slots.Release();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Claimed feeds not started yet are due again when their lease ends.
        }

        // Feeds still waiting for their host are given back: due at once for the next run, here or elsewhere.
        await windowOver.CancelAsync();
        await _claims.ReleaseAsync(turns.Abandon(), clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Renews this instance's claims (checks running, feeds waiting for their host) until the host stops.</summary>
    private async Task RenewLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(FeedClaims.Renewal, clock, cancellationToken);
                try
                {
                    await _claims.RenewAsync(clock.GetUtcNow() + FeedClaims.Lease, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A lapsed lease costs at most one repeated check elsewhere (seen keys and outbox keys are unique).
                    logger.LogWarning(ex, "Renewing the leases of claimed feeds failed; trying again in {Renewal}", FeedClaims.Renewal);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    /// <summary>Until the next feed falls due, looking again at least every second (feeds may be added meanwhile).</summary>
    private async Task<TimeSpan> PauseAsync(CancellationToken cancellationToken)
    {
        var wait = await feeds.NextDueAsync(cancellationToken) is { } next ? next - clock.GetUtcNow() : LongestPause;
        return wait < ShortestPause ? ShortestPause : wait > LongestPause ? LongestPause : wait;
    }

    /// <summary>Checks the feed, then the feeds that waited for the same host, until none waits or the run ends.</summary>
    private async Task CheckHostAsync(
        FeedState feed, HostTurns turns, SemaphoreSlim slots, SemaphoreSlim failingLane, CancellationToken windowOver, CancellationToken cancellationToken)
    {
        var holdsSlot = true;
        for (var current = feed; current is not null; current = turns.Finish(current, takeNext: !windowOver.IsCancellationRequested))
        {
            try
            {
                if (!holdsSlot)
                {
                    await slots.WaitAsync(cancellationToken);
                }

                holdsSlot = false;
                await CheckInLaneAsync(current, slots, failingLane, cancellationToken);
            }
            finally
            {
                _claims.Done(current.Id);
            }
        }
    }

    private async Task CheckInLaneAsync(FeedState feed, SemaphoreSlim slots, SemaphoreSlim failingLane, CancellationToken cancellationToken)
    {
        if (feed.ConsecutiveFailures == 0)
        {
            try
            {
                await checker.CheckSafelyAsync(feed, cancellationToken);
            }
            finally
            {
                slots.Release();
            }

            return;
        }

        slots.Release();
        await failingLane.WaitAsync(cancellationToken);
        try
        {
            await checker.CheckSafelyAsync(feed, cancellationToken);
        }
        finally
        {
            failingLane.Release();
        }
    }
}
