namespace NewsBot.Feeds.Fetching;

/// <summary>When to look at a feed next: the configured interval, stretched by cache hints, backed off after failures.</summary>
public static class FeedSchedule
{
    public const int DisableAfterFailures = 10;
    public static readonly TimeSpan DisableAfterFailingFor = TimeSpan.FromDays(3);
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(24);

    /// <summary>max(interval, Cache-Control max-age, the feed's own TTL), at most 24 h.</summary>
    /// <param name="ttl">RSS &lt;ttl&gt; (<see cref="ParsedFeed.Ttl"/>) when the body was parsed.</param>
    public static DateTimeOffset NextAfterSuccess(DateTimeOffset now, TimeSpan interval, FetchHints hints, TimeSpan? ttl = null)
    {
        var wait = hints.MaxAge is { } maxAge && maxAge > interval ? maxAge : interval;
        wait = ttl is { } feedTtl && feedTtl > wait ? feedTtl : wait;
        return now + Min(wait, MaxWait);
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
}

/// <param name="CountsAsFailure">False for a polite pause (Retry-After): the failure counter stays as it is.</param>
public sealed record FailureDecision(DateTimeOffset NextCheckAt, bool CountsAsFailure, string? DisabledReason);
