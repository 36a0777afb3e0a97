using System.Data.Common;
using NewsBot.Feeds.Scheduling;
using NewsBot.Storage;

namespace NewsBot.Feeds;

/// <summary>Feeds and their fetch state (validators, schedule, failures).</summary>
public sealed class FeedStore(Database database, TimeProvider clock) : IDisposable
{
    // SQLite has one writer; the ADO.NET driver waits for its lock by blocking a thread. Dozens of parallel checks
    // each writing their feed's state starved the thread pool, so this process's feed-state writes queue here, without
    // holding a thread.
    private readonly SemaphoreSlim _writes = new(1, 1);

    private const string Columns =
        "id, url, name, language, etag, last_modified, body_sha256, consecutive_failures, failing_since, baseline_done, disabled_at, disabled_reason, next_check_at, last_error, ttl_seconds, skip_hours, skip_days";

    /// <summary>Adds configured feeds that are new and refreshes names; feeds added from chat are left alone.</summary>
    public async Task SyncAsync(IEnumerable<FeedSource> sources, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var source in sources)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO feeds (url, name, language, created_at) VALUES (@url, @name, @language, @now)
                ON CONFLICT (url) DO UPDATE SET name = excluded.name, language = excluded.language
                """,
                transaction,
                [("url", source.Url), ("name", source.Name), ("language", source.Language), ("now", clock.GetUtcNow().ToMs())],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Enabled feeds whose next check is due (all enabled feeds when <paramref name="force"/>).</summary>
    public async Task<IReadOnlyList<FeedState>> DueAsync(bool force, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {Columns} FROM feeds WHERE disabled_at IS NULL AND (@force = 1 OR next_check_at <= @now) ORDER BY next_check_at, id",
            Read,
            parameters: [("force", force ? 1 : 0), ("now", clock.GetUtcNow().ToMs())],
            cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due feeds for this instance by moving their next check to
    /// <paramref name="leaseUntil"/>. The outer condition is checked again on the row being updated, so with
    /// PostgreSQL two instances never claim one feed; if this instance dies, the feed is due again after the lease.
    /// </summary>
    public async Task<IReadOnlyList<FeedState>> ClaimDueAsync(int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await connection.QueryAsync(
                $"""
                UPDATE feeds SET next_check_at = @lease
                WHERE disabled_at IS NULL AND next_check_at <= @now
                  AND id IN (SELECT id FROM feeds WHERE disabled_at IS NULL AND next_check_at <= @now ORDER BY next_check_at LIMIT @limit)
                RETURNING {Columns}
                """,
                Read,
                parameters: [("lease", leaseUntil.ToMs()), ("now", clock.GetUtcNow().ToMs()), ("limit", limit)],
                cancellationToken: cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// Moves this instance's claims of <paramref name="ids"/> from <paramref name="heldUntil"/> to <paramref name="to"/>
    /// (a later lease to renew, now to give them back). A row whose check already wrote its next slot no longer holds
    /// the lease and is left alone.
    /// </summary>
    public async Task MoveClaimsAsync(IReadOnlyList<long> ids, DateTimeOffset heldUntil, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var (list, parameters) = Sql.InList("f", ids);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                $"UPDATE feeds SET next_check_at = @to WHERE next_check_at = @held AND id IN ({list})",
                parameters: [("to", to.ToMs()), ("held", heldUntil.ToMs()), .. parameters],
                cancellationToken: cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>When the next enabled feed falls due; null when there is none.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var next = await connection.ScalarAsync("SELECT MIN(next_check_at) FROM feeds WHERE disabled_at IS NULL", cancellationToken: cancellationToken);
        return next is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(next, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<IReadOnlyList<FeedState>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {Columns} FROM feeds ORDER BY name", Read, cancellationToken: cancellationToken);
    }

    /// <summary>Stores a successful fetch; called inside the transaction that saves the feed's articles.</summary>
    public static Task WriteSuccessAsync(DbConnection connection, DbTransaction transaction, long feedId, FeedFetchState state, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            UPDATE feeds SET etag = @etag, last_modified = @modified, body_sha256 = @sha, last_fetched_at = @now, last_success_at = @now,
                next_check_at = @next, consecutive_failures = 0, failing_since = NULL, last_error = NULL, baseline_done = 1,
                ttl_seconds = @ttl, skip_hours = @skipHours, skip_days = @skipDays
            WHERE id = @id
            """,
            transaction,
            [
                ("etag", state.ETag), ("modified", state.LastModified), ("sha", state.BodySha256), ("now", state.FetchedAt.ToMs()), ("next", state.NextCheckAt.ToMs()),
                ("ttl", state.Hints.Ttl is { } ttl ? (long)ttl.TotalSeconds : null), ("skipHours", state.Hints.SkipHours), ("skipDays", state.Hints.SkipDays), ("id", feedId),
            ],
            cancellationToken);

    /// <summary>Records a failed fetch, its next try, and (when the schedule says so) that the feed is now disabled.</summary>
    public async Task WriteFailureAsync(long feedId, string error, DateTimeOffset nextCheckAt, string? disabledReason, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().ToMs();
            await using var connection = await database.OpenAsync(cancellationToken);
            // CAST: PostgreSQL cannot type a parameter that is only compared with NULL (42P08), so every failure threw there.
            await connection.ExecuteAsync(
                """
                UPDATE feeds SET last_fetched_at = @now, consecutive_failures = consecutive_failures + 1,
                    failing_since = COALESCE(failing_since, @now), last_error = @error, next_check_at = @next,
                    disabled_at = CASE WHEN CAST(@disabled AS TEXT) IS NULL THEN disabled_at ELSE @now END,
                    disabled_reason = COALESCE(CAST(@disabled AS TEXT), disabled_reason)
                WHERE id = @id
                """,
                parameters: [("now", now), ("error", error), ("next", nextCheckAt.ToMs()), ("disabled", disabledReason), ("id", feedId)],
                cancellationToken: cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Nothing changed on the server (304 or same body): only the schedule moves.</summary>
    public async Task WriteUnchangedAsync(long feedId, DateTimeOffset nextCheckAt, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                """
                UPDATE feeds SET last_fetched_at = @now, last_success_at = @now, next_check_at = @next,
                    consecutive_failures = 0, failing_since = NULL, last_error = NULL
                WHERE id = @id
                """,
                parameters: [("now", clock.GetUtcNow().ToMs()), ("next", nextCheckAt.ToMs()), ("id", feedId)],
                cancellationToken: cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>A permanent redirect (301/308) moves the feed; if the new URL is already a feed, the old row stays.</summary>
    public async Task MoveAsync(long feedId, Uri newUrl, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                "UPDATE feeds SET url = @url WHERE id = @id AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = @url)",
                parameters: [("url", newUrl.AbsoluteUri), ("id", feedId)],
                cancellationToken: cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Remembers an item key inside the feed check's transaction; false when the feed had seen it already.</summary>
    public static async Task<bool> MarkSeenAsync(DbConnection connection, DbTransaction transaction, long feedId, string keyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            "INSERT INTO seen_keys (feed_id, key_hash, first_seen_at) VALUES (@feed, @key, @now) ON CONFLICT DO NOTHING",
            transaction, [("feed", feedId), ("key", keyHash), ("now", now.ToMs())], cancellationToken) > 0;

    /// <summary>The subset of <paramref name="keyHashes"/> this feed has already seen.</summary>
    public async Task<HashSet<string>> SeenAsync(long feedId, IReadOnlyList<string> keyHashes, CancellationToken cancellationToken)
    {
        if (keyHashes.Count == 0)
        {
            return [];
        }

        var (list, parameters) = Sql.InList("k", keyHashes);
        await using var connection = await database.OpenAsync(cancellationToken);
        var seen = await connection.QueryAsync(
            $"SELECT key_hash FROM seen_keys WHERE feed_id = @feed AND key_hash IN ({list})", reader => reader.GetString(0),
            parameters: [("feed", feedId), .. parameters], cancellationToken: cancellationToken);
        return [.. seen];
    }

    public void Dispose() => _writes.Dispose();

    private static FeedState Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableString(3) ?? "id", r.NullableString(4), r.NullableString(5), r.NullableString(6),
        r.GetInt32(7), r.NullableInstant(8), r.GetInt64(9) != 0, r.NullableInstant(10), r.NullableString(11),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(12)), r.NullableString(13),
        new ScheduleHints(r.NullableInt64(14) is { } ttl ? TimeSpan.FromSeconds(ttl) : null, r.GetInt32(15), r.GetInt32(16)));
}

/// <summary>What a successful fetch leaves behind for the next one.</summary>
public sealed record FeedFetchState(string? ETag, string? LastModified, string? BodySha256, DateTimeOffset FetchedAt, DateTimeOffset NextCheckAt, ScheduleHints Hints);
