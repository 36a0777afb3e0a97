using NewsBot.Storage;

namespace NewsBot.Feeds;

/// <summary>How one outlet's feed is doing, for /sumber and /status.</summary>
public sealed record FeedHealth(string Name, string Url, DateTimeOffset? LastSuccessAt, int ConsecutiveFailures, DateTimeOffset? FailingSince, string? LastError, bool Disabled, string? DisabledReason)
{
    public bool Failing => !Disabled && ConsecutiveFailures > 0;
}

/// <summary>Reads <see cref="FeedHealth"/> of every feed, by name.</summary>
public sealed class FeedHealthQuery(Database database)
{
    public async Task<IReadOnlyList<FeedHealth>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT name, url, last_success_at, consecutive_failures, failing_since, last_error, disabled_at, disabled_reason FROM feeds ORDER BY name, id",
            r => new FeedHealth(
                r.GetString(0), r.GetString(1), Instant(r.NullableInt64(2)), r.GetInt32(3), Instant(r.NullableInt64(4)), r.NullableString(5),
                !r.IsDBNull(6), r.NullableString(7)),
            cancellationToken: cancellationToken);
    }

    private static DateTimeOffset? Instant(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
