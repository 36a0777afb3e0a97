namespace NewsBot.Feeds;

/// <summary>
/// The result of parsing one document. <see cref="Error"/> is null on a clean parse; otherwise it says
/// what went wrong, and <see cref="Items"/> still holds whatever could be read before the problem.
/// </summary>
/// <param name="Format">"rss", "rdf", "atom", "json" or "unknown".</param>
public sealed record ParsedFeed(string Format, string? Title, string? Link, IReadOnlyList<FeedItem> Items, string? Error)
{
    /// <summary>The feed's own refresh hint (RSS &lt;ttl&gt;), for <see cref="FeedSchedule"/>; null when absent.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>RSS &lt;skipHours&gt;: hours of the day (0–23, GMT) in which the feed asks not to be read.</summary>
    public IReadOnlyList<int> SkipHours { get; init; } = [];

    /// <summary>RSS &lt;skipDays&gt;: days (GMT) on which the feed asks not to be read.</summary>
    public IReadOnlyList<DayOfWeek> SkipDays { get; init; } = [];
}
