using System.Globalization;
using System.Text.Json;
using NewsBot.Alerts;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The outbox's state machine in SQL: pending → sending (leased) → sent | pending (retry) | dead | skipped.
/// Every write goes through one <see cref="OutboxWriter"/> so parallel sends never fight over SQLite's write lock.
/// </summary>
internal sealed class OutboxStore(Database database) : IDisposable
{
    private readonly OutboxWriter _writer = new(database);

    /// <summary>Rows a crashed sender left in 'sending' whose lease ran out go back to the queue.</summary>
    /// <remarks>Rows this process is still working on are never taken back, however long a send waits.</remarks>
    public Task<int> ReclaimExpiredAsync(IReadOnlySet<long> inFlight, DateTimeOffset now, CancellationToken cancellationToken) =>
        _writer.RunAsync(
            async batch =>
            {
                var expired = await batch.Connection.QueryAsync(
                    "SELECT id FROM outbox WHERE state = 'sending' AND lease_until <= @now",
                    reader => reader.GetInt64(0),
                    batch.Transaction,
                    [("now", now.ToMs())]);
                var reclaimed = expired.Where(id => !inFlight.Contains(id)).ToList();
                foreach (var id in reclaimed)
                {
                    await batch.ExecuteAsync("UPDATE outbox SET state = 'pending', lease_until = NULL WHERE id = @id AND state = 'sending'", ("id", id));
                }

                return reclaimed.Count;
            },
            cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> due rows of <paramref name="platform"/>, at most one per chat and only a
    /// chat's oldest open row, so per-chat order holds and one chat's backlog cannot crowd out the others.
    /// </summary>
    public Task<List<OutboxRow>> ClaimAsync(string owner, string platform, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        _writer.RunAsync(batch => ClaimAsync(batch, owner, platform, now, leaseUntil, limit), cancellationToken);

    /// <remarks>
    /// Several instances may claim at once on PostgreSQL: rows another instance's claim holds are skipped, and an
    /// older row of the same chat, even while locked, still counts as open, so no chat gets two rows in flight.
    /// </remarks>
    private async Task<List<OutboxRow>> ClaimAsync(WriteBatch batch, string owner, string platform, DateTimeOffset now, DateTimeOffset leaseUntil, int limit)
    {
        // A follow-up looks up its original's message id now, not when it was queued: per-chat order means the
        // original (or the digest it was folded into) has been sent by the time the follow-up is claimed.
        var rows = await batch.Connection.QueryAsync(
            $"""
            SELECT o.id, o.chat_id, c.platform, c.external_id, c.kind, o.alert_key, o.payload, o.attempts, o.held_at,
                   c.quiet_start, c.quiet_end, c.digest_at, c.time_zone,
                   (SELECT COALESCE(f.platform_message_id, d.platform_message_id) FROM outbox f LEFT JOIN outbox d ON d.id = f.merged_into
                    WHERE f.chat_id = o.chat_id AND f.alert_key = '{AlertOutbox.IncidentKeyPrefix}' || o.incident_id AND f.id <> o.id)
            FROM outbox o JOIN chats c ON c.id = o.chat_id
            WHERE o.state = 'pending' AND o.next_attempt_at <= @now
              AND c.paused_at IS NULL
              AND c.platform = @platform
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.state IN ('pending', 'sending') AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id
            LIMIT @limit
            {database.Dialect.ForUpdateSkipLocked("o")}
            """,
            reader => new OutboxRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                new ChatAddress(reader.GetString(2), reader.GetString(3), ParseKind(reader.GetString(4))),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetInt32(7),
                WasHeld: !reader.IsDBNull(8),
                ChatSchedule.Read(reader, 9),
                reader.IsDBNull(13) ? null : reader.GetString(13)),
            batch.Transaction,
            [("now", now.ToMs()), ("platform", platform), ("limit", limit)]);
        foreach (var row in rows)
        {
            await batch.ExecuteAsync(
                "UPDATE outbox SET state = 'sending', lease_owner = @owner, lease_until = @until WHERE id = @id",
                ("owner", owner), ("until", leaseUntil.ToMs()), ("id", row.Id));
        }

        return rows;
    }

    /// <summary>
    /// Right before a send: extends this process's lease on the row. False when the row is no longer this process's:
    /// its lease ran out while it waited here and another instance took it back, so sending now would repeat it.
    /// </summary>
    public Task<bool> RenewLeaseAsync(OutboxRow row, string owner, DateTimeOffset leaseUntil) =>
        _writer.RunAsync(
            async batch => await batch.ExecuteAsync(
                "UPDATE outbox SET lease_until = @until WHERE id = @id AND lease_owner = @owner AND state = 'sending'",
                ("until", leaseUntil.ToMs()), ("id", row.Id), ("owner", owner)) == 1,
            CancellationToken.None);

    /// <summary>Marks the row sent; the chat's next rows become due no sooner than <paramref name="nextForChat"/>.</summary>
    public Task MarkSentAsync(OutboxRow row, string owner, string? messageId, DateTimeOffset now, DateTimeOffset nextForChat) =>
        RecordAsync(
            $"""
            UPDATE outbox SET state = 'sent', sent_at = @now, platform_message_id = @message, attempts = attempts + 1,
                lease_until = NULL, last_error = NULL
            WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending');
            UPDATE outbox SET next_attempt_at = {database.Dialect.Greatest("next_attempt_at", "@next")} WHERE chat_id = @chat AND state = 'pending';
            UPDATE chats SET not_found_count = 0 WHERE id = @chat AND not_found_count <> 0;
            """,
            [("now", now.ToMs()), ("message", messageId), ("id", row.Id), ("owner", owner), ("chat", row.ChatId), ("next", nextForChat.ToMs())]);

    /// <summary>Back to the queue at <paramref name="nextAttemptAt"/>; <paramref name="countAttempt"/> is false for flood waits and releases.</summary>
    public Task RescheduleAsync(OutboxRow row, string owner, DateTimeOffset nextAttemptAt, bool countAttempt, string? error) =>
        RecordAsync(
            $"""
            UPDATE outbox SET state = 'pending', next_attempt_at = @next, lease_until = NULL,
                attempts = attempts + {(countAttempt ? 1 : 0)}, last_error = COALESCE(@error, last_error)
            WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending')
            """,
            [("next", nextAttemptAt.ToMs()), ("error", error), ("id", row.Id), ("owner", owner)]);

    public Task MarkDeadAsync(OutboxRow row, string owner, string error) =>
        RecordAsync(
            """
            UPDATE outbox SET state = 'dead', attempts = attempts + 1, lease_until = NULL, last_error = @error
            WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending')
            """,
            [("error", error), ("id", row.Id), ("owner", owner)]);

    /// <summary>
    /// The chat's schedule says "not now": this row and the chat's other waiting rows are held until
    /// <paramref name="until"/> (quiet hours' end or the digest time), without counting an attempt.
    /// </summary>
    public Task HoldAsync(OutboxRow row, string owner, DateTimeOffset now, DateTimeOffset until) =>
        _writer.RunAsync(async batch =>
        {
            (string, object?)[] args = [("id", row.Id), ("owner", owner), ("chat", row.ChatId), ("now", now.ToMs()), ("until", until.ToMs())];
            await batch.ExecuteAsync(
                """
                UPDATE outbox SET state = 'held', held_at = @now, next_attempt_at = @until, lease_until = NULL
                WHERE id = @id AND lease_owner = @owner AND state = 'sending'
                """,
                args);
            await batch.ExecuteAsync(
                "UPDATE outbox SET state = 'held', held_at = @now, next_attempt_at = @until WHERE chat_id = @chat AND state = 'pending' AND held_at IS NULL",
                args);
        });

    /// <summary>True when some held row's time has come (a cheap read before <see cref="ReleaseHeldAsync"/>).</summary>
    public async Task<bool> AnyHeldDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync(
            "SELECT 1 FROM outbox WHERE state = 'held' AND next_attempt_at <= @now LIMIT 1",
            parameters: [("now", now.ToMs())],
            cancellationToken: cancellationToken) is not null;
    }

    /// <summary>
    /// Held rows of <paramref name="platform"/> whose time has come go back to the queue. A chat with one such row
    /// gets it as a normal alert; a chat with several gets them folded into digest rows of at most
    /// <paramref name="maxAlertsPerDigest"/> alerts each, in the same transaction, so no alert is lost or sent twice.
    /// Returns how many held rows were released.
    /// </summary>
    public Task<int> ReleaseHeldAsync(string platform, DateTimeOffset now, int maxAlertsPerDigest, CancellationToken cancellationToken) =>
        _writer.RunAsync(
            async batch =>
            {
                var held = await batch.Connection.QueryAsync(
                    """
                    SELECT o.id, o.chat_id, o.incident_id, o.payload, o.created_at, c.digest_at
                    FROM outbox o JOIN chats c ON c.id = o.chat_id
                    WHERE o.state = 'held' AND o.next_attempt_at <= @now AND c.platform = @platform
                    ORDER BY o.chat_id, o.id
                    """,
                    reader => new HeldRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt64(4), Daily: !reader.IsDBNull(5)),
                    batch.Transaction,
                    [("now", now.ToMs()), ("platform", platform)]);
                foreach (var chat in held.GroupBy(r => r.ChatId))
                {
                    await ReleaseChatAsync(batch, [.. chat], now, maxAlertsPerDigest);
                }

                return held.Count;
            },
            cancellationToken);

    private static async Task ReleaseChatAsync(WriteBatch batch, List<HeldRow> rows, DateTimeOffset now, int maxAlertsPerDigest)
    {
        var alerts = rows.Select(row => (Row: row, Alert: TryReadAlert(row.Payload))).ToList();
        var digestible = alerts.Where(r => r.Alert is not null).ToList();
        if (digestible.Count < 2)
        {
            digestible.Clear();
        }

        // A lone alert, or a row whose payload cannot be read (the send path marks it dead), goes out as it is.
        foreach (var (row, _) in alerts.Except(digestible))
        {
            await batch.ExecuteAsync("UPDATE outbox SET state = 'pending', next_attempt_at = @now WHERE id = @id", ("now", now.ToMs()), ("id", row.Id));
        }

        var chunks = digestible.Chunk(maxAlertsPerDigest).ToList();
        var reason = rows[0].Daily ? DigestReason.Daily : DigestReason.QuietHours;
        for (var part = 0; part < chunks.Count; part++)
        {
            var chunk = chunks[part];
            var digest = new AlertDigest(reason, [.. chunk.Select(r => r.Alert!)], part + 1, chunks.Count);
            var digestId = await batch.ScalarAsync(
                """
                INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, attempts, next_attempt_at, created_at, held_at)
                VALUES (@chat, @incident, @key, @payload, 'pending', 0, @now, @created, @now) RETURNING id
                """,
                ("chat", chunk[0].Row.ChatId),
                ("incident", chunk[0].Row.IncidentId),
                ("key", OutboxRow.DigestKeyPrefix + chunk[0].Row.Id.ToString(CultureInfo.InvariantCulture)),
                ("payload", AlertJson.Serialize(digest)),
                ("now", now.ToMs()),
                ("created", chunk.Min(r => r.Row.CreatedAt)));
            foreach (var (row, _) in chunk)
            {
                await batch.ExecuteAsync("UPDATE outbox SET state = 'merged', merged_into = @digest WHERE id = @id", ("digest", digestId), ("id", row.Id));
            }
        }
    }

    private static Alert? TryReadAlert(string payload)
    {
        try
        {
            return AlertJson.Deserialize(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The bot lost the chat: pause it and skip everything still queued for it, this row included.</summary>
    public Task ChatGoneAsync(OutboxRow row, string owner, string reason, DateTimeOffset now) =>
        _writer.RunAsync(async batch =>
        {
            (string, object?)[] args = [("chat", row.ChatId), ("reason", reason), ("now", now.ToMs()), ("id", row.Id), ("owner", owner)];
            await batch.ExecuteAsync("UPDATE chats SET paused_at = COALESCE(paused_at, @now), paused_reason = @reason, not_found_count = 0 WHERE id = @chat", args);
            await batch.ExecuteAsync(
                """
                UPDATE outbox SET state = 'skipped', attempts = attempts + 1, lease_until = NULL, last_error = @reason
                WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending')
                """,
                args);
            await batch.ExecuteAsync("UPDATE outbox SET state = 'skipped', last_error = @reason WHERE chat_id = @chat AND state IN ('pending', 'held')", args);
        });

    /// <summary>Counts one more "chat not found" answer in a row for the row's chat; returns the new count.</summary>
    public Task<int> ChatNotFoundAsync(OutboxRow row) =>
        _writer.RunAsync(async batch => Convert.ToInt32(
            await batch.ScalarAsync("UPDATE chats SET not_found_count = not_found_count + 1 WHERE id = @chat RETURNING not_found_count", [("chat", row.ChatId)]),
            CultureInfo.InvariantCulture), CancellationToken.None);

    /// <summary>
    /// The chat has a new platform id: re-key it (or fold it into the chat that already has that id) and
    /// put the row back at the head of the queue for an immediate resend.
    /// </summary>
    public Task ChatMovedAsync(OutboxRow row, string owner, string newExternalId, DateTimeOffset now) =>
        _writer.RunAsync(async batch =>
        {
            (string, object?)[] args = [("chat", row.ChatId), ("platform", row.Chat.Platform), ("new", newExternalId), ("now", now.ToMs()), ("id", row.Id), ("owner", owner)];
            await batch.ExecuteAsync(
                """
                UPDATE outbox SET state = 'pending', next_attempt_at = @now, lease_until = NULL, attempts = attempts + 1, last_error = 'chat moved'
                WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending')
                """,
                args);
            var target = await batch.ScalarAsync(
                "SELECT id FROM chats WHERE platform = @platform AND external_id = @new AND id <> @chat", args);
            if (target is null)
            {
                await batch.ExecuteAsync("UPDATE chats SET external_id = @new WHERE id = @chat", args);
            }
            else
            {
                (string, object?)[] merge = [("chat", row.ChatId), ("target", Convert.ToInt64(target, CultureInfo.InvariantCulture))];
                await batch.ExecuteAsync("INSERT INTO subscriptions (chat_id, company_slug, created_at) SELECT @target, company_slug, created_at FROM subscriptions WHERE chat_id = @chat ON CONFLICT DO NOTHING", merge);
                // Rows the target already has for the same alert stay behind and go with the old chat.
                await batch.ExecuteAsync(
                    "UPDATE outbox SET chat_id = @target WHERE chat_id = @chat AND NOT EXISTS (SELECT 1 FROM outbox t WHERE t.chat_id = @target AND t.alert_key = outbox.alert_key)",
                    merge);
                await batch.ExecuteAsync("DELETE FROM chats WHERE id = @chat", merge);
            }
        });

    /// <summary>
    /// Rows that this process could deliver now: open rows, and held rows whose time has come, of a configured
    /// platform whose chat is not paused.
    /// </summary>
    public async Task<long> CountDeliverableAsync(IEnumerable<string> platforms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        long total = 0;
        foreach (var platform in platforms)
        {
            var count = await connection.ScalarAsync(
                """
                SELECT COUNT(*) FROM outbox o JOIN chats c ON c.id = o.chat_id
                WHERE (o.state IN ('pending', 'sending') OR (o.state = 'held' AND o.next_attempt_at <= @now))
                  AND c.paused_at IS NULL AND c.platform = @platform
                """,
                parameters: [("platform", platform), ("now", now.ToMs())],
                cancellationToken: cancellationToken);
            total += Convert.ToInt64(count, CultureInfo.InvariantCulture);
        }

        return total;
    }

    public async Task<OutboxSummary> SummarizeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var groups = await connection.QueryAsync(
            """
            SELECT c.platform, o.state, COUNT(*), MIN(o.created_at)
            FROM outbox o JOIN chats c ON c.id = o.chat_id
            GROUP BY c.platform, o.state
            """,
            reader => (Platform: reader.GetString(0), State: reader.GetString(1), Count: reader.GetInt32(2), Oldest: reader.GetInt64(3)),
            cancellationToken: cancellationToken);
        var open = groups.Where(g => g.State is "pending" or "sending").ToList();
        TimeSpan? oldestAge = open.Count == 0 ? null : now - DateTimeOffset.FromUnixTimeMilliseconds(open.Min(g => g.Oldest));
        var platforms = groups
            .GroupBy(g => g.Platform, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlatformDeliveryCounts(
                g.Key,
                Pending: Count(g, "pending"),
                Sending: Count(g, "sending"),
                Sent: Count(g, "sent"),
                Failed: Count(g, "dead"),
                Skipped: Count(g, "skipped"),
                Held: Count(g, "held")))
            .ToList();
        return new OutboxSummary(platforms.Sum(p => p.Pending), platforms.Sum(p => p.Sending), oldestAge, platforms) { Held = platforms.Sum(p => p.Held) };

        static int Count(IEnumerable<(string Platform, string State, int Count, long Oldest)> group, string state) =>
            group.Where(g => g.State == state).Sum(g => g.Count);
    }

    public void Dispose() => _writer.Dispose();

    private Task RecordAsync(string sql, (string, object?)[] parameters) =>
        _writer.RunAsync(batch => batch.ExecuteAsync(sql, parameters));

    private static ChatKind ParseKind(string kind) =>
        Enum.TryParse<ChatKind>(kind, ignoreCase: true, out var parsed) ? parsed : ChatKind.Private;
}

/// <summary>A held outbox row as the release step reads it.</summary>
internal sealed record HeldRow(long Id, long ChatId, long IncidentId, string Payload, long CreatedAt, bool Daily);
