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
}
