namespace NewsBot.Delivery;

/// <summary>
/// The delivery queue at a glance, for <c>/status</c> and the demo's "wait until delivered".
/// <c>Pending</c> counts rows waiting to be sent (including rows backing off) across all platforms,
/// <c>Sending</c> rows claimed by a sender right now, and <c>OldestPendingAge</c> is the age of the oldest
/// pending or sending row (null when the queue is empty).
/// </summary>
public sealed record OutboxSummary(int Pending, int Sending, TimeSpan? OldestPendingAge, IReadOnlyList<PlatformDeliveryCounts> Platforms)
{
    /// <summary>Rows waiting for their chat's quiet hours to end or its daily digest (not counted in <c>Pending</c>).</summary>
    public int Held { get; init; }

    /// <summary>Platforms that stopped sending because their bot token was rejected (filled in by the dispatcher).</summary>
    public IReadOnlyList<StoppedPlatform> Stopped { get; init; } = [];

    /// <summary>True when nothing is waiting or in flight (held rows wait for their time and do not count).</summary>
    public bool IsDrained => Pending == 0 && Sending == 0;
}

/// <summary>
/// Row counts of one platform by state. <c>Failed</c> counts rows given up on (state 'dead'),
/// <c>Skipped</c> rows dropped because their chat is gone, <c>Held</c> rows waiting for the chat's schedule.
/// </summary>
public sealed record PlatformDeliveryCounts(string Platform, int Pending, int Sending, int Sent, int Failed, int Skipped, int Held = 0);
