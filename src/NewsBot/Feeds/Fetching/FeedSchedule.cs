using NewsBot.Feeds.Scheduling;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// When to look at a feed next. Each feed has its own slot in the interval (a phase derived from its id), so
/// 10,000 feeds are spread evenly over the interval instead of all falling due at one tick; cache hints stretch
/// the wait, skipHours/skipDays move it, failures back it off.
/// </summary>
public static class FeedSchedule
{
    public const int DisableAfterFailures = 10;
    public static readonly TimeSpan DisableAfterFailingFor = TimeSpan.FromDays(3);
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(24);

    /// <summary>
    /// The first instant of the feed's slot that is at least max(interval / 10, Cache-Control max-age, RSS ttl) after
    /// <paramref name="fetched"/>, moved out of skipped hours/days; never more than 24 h ahead. A feed checked in its
    /// slot is therefore checked again exactly one interval later, a feed checked late (at start-up, or behind a
    /// backlog) within 1.1 intervals, and never twice in one slot period.
    /// </summary>
    /// <param name="fetched">When the server answered (before parsing and articles, so a slow check does not push the slot).</param>
    public static DateTimeOffset NextAfterSuccess(DateTimeOffset fetched, TimeSpan interval, long feedId, FetchHints hints, ScheduleHints feed)
    {
        var wait = Max(hints.MaxAge ?? TimeSpan.Zero, feed.Ttl ?? TimeSpan.Zero);
        var earliest = fetched + (wait > interval ? Min(wait, MaxWait) : interval / 10);
        var next = OutsideSkipped(InSlot(earliest, interval, feedId), feed);
        return Min(next, fetched + MaxWait);
    }

    /// <summary>
    /// The feed's offset inside every interval: ids multiplied by the golden ratio land evenly spread. Whole
    /// milliseconds, as the store keeps them: a slot instant rounded down when saved would fall due just before its slot.
    /// </summary>
    public static TimeSpan Phase(long feedId, TimeSpan interval)
    {
        var fraction = unchecked((ulong)feedId * 0x9E3779B97F4A7C15UL) / (double)ulong.MaxValue;
        return TimeSpan.FromMilliseconds(Math.Floor(interval.TotalMilliseconds * fraction));
    }

    /// <summary>The first instant ≥ <paramref name="earliest"/> that is the feed's phase modulo the interval.</summary>
    public static DateTimeOffset InSlot(DateTimeOffset earliest, TimeSpan interval, long feedId)
    {
        var phase = Phase(feedId, interval).Ticks;
        var ticks = earliest.UtcTicks;
        var slot = (ticks - phase) / interval.Ticks * interval.Ticks + phase;
        return new DateTimeOffset(slot < ticks ? slot + interval.Ticks : slot, TimeSpan.Zero);
    }

    /// <summary>The start of the first hour not skipped by the feed; a feed may move its check by at most one day.</summary>
    public static DateTimeOffset OutsideSkipped(DateTimeOffset next, ScheduleHints feed)
    {
        var candidate = next;
        while (feed.Skips(candidate))
        {
            var utc = candidate.UtcDateTime;
            candidate = new DateTimeOffset(utc.Date.AddHours(utc.Hour + 1), TimeSpan.Zero);
            if (candidate - next >= TimeSpan.FromDays(1))
            {
                return next + TimeSpan.FromDays(1);
            }
        }

        return candidate;
    }

    /// <summary>
    /// After a failed fetch: 429/503 with Retry-After only pauses (not counted); 410 disables at once; otherwise
    /// exponential backoff with ±10 % jitter, and the feed is disabled after 10 consecutive failures spanning 3 days.
    /// </summary>
    public static FailureDecision NextAfterFailure(DateTimeOffset now, TimeSpan interval, int consecutiveFailures, DateTimeOffset? failingSince, FetchFailure failure, double jitter)
    {
        if (failure.RetryAfter is { } retryAfter)
        {
            return new FailureDecision(now + Min(retryAfter > interval ? retryAfter : interval, MaxWait), CountsAsFailure: false, DisabledReason: null);
        }

        if (failure.IsGone)
        {
            return new FailureDecision(now + MaxWait, CountsAsFailure: true, DisabledReason: "HTTP 410 Gone: the feed was removed");
        }

        var since = failingSince ?? now;
        if (consecutiveFailures >= DisableAfterFailures && now - since >= DisableAfterFailingFor)
        {
            return new FailureDecision(now + MaxWait, CountsAsFailure: true, DisabledReason: $"{consecutiveFailures} failures in a row since {since:yyyy-MM-dd HH:mm} UTC; last: {failure.Message}");
        }

        var backoff = interval * Math.Pow(2, Math.Clamp(consecutiveFailures - 1, 0, 30));
        var wait = Min(backoff, MaxWait) * (1 + (Math.Clamp(jitter, -1, 1) * 0.1));
        return new FailureDecision(now + wait, CountsAsFailure: true, DisabledReason: null);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

/// <param name="CountsAsFailure">False for a polite pause (Retry-After): the failure counter stays as it is.</param>
public sealed record FailureDecision(DateTimeOffset NextCheckAt, bool CountsAsFailure, string? DisabledReason);
