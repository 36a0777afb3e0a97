using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds.Scheduling;

/// <summary>
/// Checks each feed when its own slot comes, not all feeds at a tick: claims due feeds as check slots free up
/// (<see cref="FeedOptions.Parallelism"/>); feeds of a host that is busy wait for its turn (<see cref="HostTurns"/>)
/// without taking a slot, and feeds that failed last time use at most a quarter of the slots, so slow or dead
/// servers never starve healthy feeds. One run lasts one scheduler tick.
/// </summary>
public sealed class FeedPoller(
    FeedStore feeds, FeedChecker checker, IOptions<FeedOptions> options, IOptions<FetchOptions> fetching, TimeProvider clock, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(20);

    // A check outlasting its lease is claimed again; this instance then leaves it to the check still running.
    private readonly ConcurrentDictionary<long, bool> _inFlight = new();

    /// <summary>How often the job runs: the poller only has to look often enough; feeds keep their own schedule.</summary>
    public static TimeSpan Tick(TimeSpan interval) => interval < TimeSpan.FromMinutes(1) ? interval : TimeSpan.FromMinutes(1);

    /// <summary>Claims and checks due feeds until <paramref name="until"/> (one tick when null), then waits for the checks still running.</summary>
    public async Task RunAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        // Stop claiming when the host stops; checks already running finish under the job's own token.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var parallelism = options.Value.Parallelism;
        using var slots = new SemaphoreSlim(parallelism);
        using var failingLane = new SemaphoreSlim(Math.Max(1, parallelism / 4));
        using var windowOver = new CancellationTokenSource();
        var turns = new HostTurns(fetching.Value.PerHostConcurrency);
        var end = until ?? clock.GetUtcNow() + Tick(options.Value.Interval);
        var running = new List<Task>();
        try
        {
            while (clock.GetUtcNow() < end)
            {
                await slots.WaitAsync(stop.Token);
                var claimed = await feeds.ClaimDueAsync(slots.CurrentCount + 1, clock.GetUtcNow() + FeedSchedule.ClaimLease, stop.Token);
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

                running.RemoveAll(task => task.IsCompleted);
                foreach (var feed in claimed)
                {
                    if (_inFlight.TryAdd(feed.Id, true) && turns.TryStart(feed))
                    {
                        running.Add(CheckHostAsync(feed, turns, slots, failingLane, windowOver.Token, cancellationToken));
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

        // Feeds still waiting for their host are claimed again once their lease runs out.
        await windowOver.CancelAsync();
        foreach (var waiting in turns.Abandon())
        {
            _inFlight.TryRemove(waiting.Id, out _);
        }

        await Task.WhenAll(running);
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
                _inFlight.TryRemove(current.Id, out _);
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
