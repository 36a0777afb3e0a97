namespace NewsBot.Feeds.Scheduling;

/// <summary>
/// What a feed itself says about polling (RSS &lt;ttl&gt;, &lt;skipHours&gt;, &lt;skipDays&gt;), kept with the feed so that a
/// <c>304 Not Modified</c>, which carries no body, still honours them.
/// </summary>
/// <param name="SkipHours">Bit h set: hour h (0–23, UTC) is skipped.</param>
/// <param name="SkipDays">Bit d set: <see cref="DayOfWeek"/> d (UTC) is skipped.</param>
public sealed record ScheduleHints(TimeSpan? Ttl, int SkipHours, int SkipDays)
{
    public static readonly ScheduleHints None = new(null, 0, 0);

    public static ScheduleHints From(ParsedFeed feed) => new(
        feed.Ttl,
        feed.SkipHours.Aggregate(0, (mask, hour) => mask | (1 << hour)),
        feed.SkipDays.Aggregate(0, (mask, day) => mask | (1 << (int)day)));

    public bool Skips(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return (SkipHours & (1 << utc.Hour)) != 0 || (SkipDays & (1 << (int)utc.DayOfWeek)) != 0;
    }
}
