using NewsBot.Feeds.Scheduling;

namespace NewsBot.Feeds;

/// <summary>A feed as stored, with what the next fetch needs.</summary>
public sealed record FeedState(
    long Id,
    string Url,
    string Name,
    string Language,
    string? ETag,
    string? LastModified,
    string? BodySha256,
    int ConsecutiveFailures,
    DateTimeOffset? FailingSince,
    bool BaselineDone,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    DateTimeOffset NextCheckAt,
    string? LastError,
    ScheduleHints Hints);
