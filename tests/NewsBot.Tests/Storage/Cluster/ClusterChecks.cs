using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>What the two-instance run is judged by, computed from the fakes' own logs and clocks.</summary>
internal static class ClusterChecks
{
    /// <summary>
    /// Two fetches of one feed in one of its slot periods: feed f's period k is [phase + k·interval, phase + (k+1)·interval)
    /// with phase = <see cref="FeedSchedule.Phase"/>(f's id, interval), and the scheduler puts at most one check in each
    /// (a check late in one period may be followed early in the next, so a plain distance would not do). The only
    /// allowed case is the takeover: a fetch by the killed instance that it never saved, fetched again by the survivor
    /// after the kill, once per feed. Returns the forbidden pairs and the takeover re-fetches.
    /// </summary>
    public static (List<string> Doubles, int TakeoverRefetches) DoubleFetches(
        IEnumerable<IncidentFeedServer.Fetch> fetches, IReadOnlyDictionary<int, long> feedIds, TimeSpan interval, string victim, DateTimeOffset killedAt)
    {
        var doubles = new List<string>();
        var refetches = 0;
        foreach (var feed in fetches.GroupBy(f => f.Feed))
        {
            var phase = FeedSchedule.Phase(feedIds[feed.Key], interval);
            var ordered = feed.OrderBy(f => f.At).ToList();
            var refetchedHere = 0;
            for (var i = 1; i < ordered.Count; i++)
            {
                var (earlier, later) = (ordered[i - 1], ordered[i]);
                if (SlotIndex(later.At, phase, interval) != SlotIndex(earlier.At, phase, interval))
                {
                    continue;
                }

                if (earlier.Instance == victim && later.Instance != victim && later.At >= killedAt && refetchedHere++ == 0)
                {
                    refetches++;
                    continue;
                }

                doubles.Add($"feed {feed.Key}: {earlier.Instance} at {earlier.At:HH:mm:ss.fff}, {later.Instance} at {later.At:HH:mm:ss.fff}");
            }
        }

        return (doubles, refetches);
    }

    /// <summary>floor((t − phase) / interval): which of the feed's slot periods the instant falls in.</summary>
    public static long SlotIndex(DateTimeOffset at, TimeSpan phase, TimeSpan interval) =>
        (long)Math.Floor((at.UtcTicks - phase.Ticks) / (double)interval.Ticks);

    /// <summary>The most requests that arrived within any closed window of length <paramref name="window"/>.</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> arrivals, TimeSpan window)
    {
        var ordered = arrivals.Order().ToList();
        var max = 0;
        var first = 0;
        for (var last = 0; last < ordered.Count; last++)
        {
            while (ordered[last] - ordered[first] > window)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }

    /// <summary>
    /// The most sends a platform may take within a closed window of <paramref name="window"/> at <paramref name="perSecond"/>
    /// shared by all instances: the slots inside the window (rate × W + 1, both ends closed), plus the sends whose slot
    /// came before the window but whose request arrived inside it (at most one per send in flight, over all instances),
    /// plus one for the millisecond rounding between the slot clock and this server's clock.
    /// </summary>
    public static int AllowedInWindow(double perSecond, TimeSpan window, int inFlightAllInstances) =>
        (int)Math.Floor(perSecond * window.TotalSeconds) + 1 + inFlightAllInstances + 1;
}
