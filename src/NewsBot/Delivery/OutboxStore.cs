using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using NewsBot.Chat;
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
    public Task<int> ReclaimExpiredAsync(IReadOnlyCollection<long> inFlight, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(
            """
            UPDATE outbox SET state = 'pending', lease_until = NULL
            WHERE state = 'sending' AND lease_until <= @now AND id NOT IN (SELECT value FROM json_each(@inflight))
            """,
            [("now", now.ToMs()), ("inflight", JsonSerializer.Serialize(inFlight))],
            cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> due rows, at most one per chat and only a chat's oldest open row,
    /// so per-chat order holds and one chat's backlog cannot crowd out the others.
    /// </summary>
    public Task<List<OutboxRow>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        _writer.RunAsync(batch => ClaimAsync(batch.Connection, batch.Transaction, owner, platforms, now, leaseUntil, limit), cancellationToken);

    private static async Task<List<OutboxRow>> ClaimAsync(DbConnection connection, DbTransaction transaction, string owner, IReadOnlyCollection<string> platforms, DateTimeOffset now, DateTimeOffset leaseUntil, int limit)
    {
        var rows = await connection.QueryAsync(
            """
            SELECT o.id, o.chat_id, c.platform, c.external_id, c.kind, o.payload, o.attempts
            FROM outbox o JOIN chats c ON c.id = o.chat_id
            WHERE o.state = 'pending' AND o.next_attempt_at <= @now
              AND c.paused_at IS NULL
              AND c.platform IN (SELECT value FROM json_each(@platforms))
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.state IN ('pending', 'sending') AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id
            LIMIT @limit
            """,
            reader => new OutboxRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                new ChatAddress(reader.GetString(2), reader.GetString(3), ParseKind(reader.GetString(4))),
                reader.GetString(5),
                reader.GetInt32(6)),
            transaction,
            [("now", now.ToMs()), ("platforms", JsonSerializer.Serialize(platforms)), ("limit", limit)]);
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(
                "UPDATE outbox SET state = 'sending', lease_owner = @owner, lease_until = @until WHERE id IN (SELECT value FROM json_each(@ids))",
                transaction,
                [("owner", owner), ("until", leaseUntil.ToMs()), ("ids", JsonSerializer.Serialize(rows.Select(r => r.Id)))]);
        }

        return rows;
    }

    /// <summary>Marks the row sent; the chat's next rows become due no sooner than <paramref name="nextForChat"/>.</summary>
    public Task MarkSentAsync(OutboxRow row, string owner, string? messageId, DateTimeOffset now, DateTimeOffset nextForChat) =>
        RecordAsync(
            """
            UPDATE outbox SET state = 'sent', sent_at = @now, platform_message_id = @message, attempts = attempts + 1,
                lease_until = NULL, last_error = NULL
            WHERE id = @id AND lease_owner = @owner AND state IN ('sending', 'pending');
            UPDATE outbox SET next_attempt_at = MAX(next_attempt_at, @next) WHERE chat_id = @chat AND state = 'pending';
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
            await batch.ExecuteAsync("UPDATE outbox SET state = 'skipped', last_error = @reason WHERE chat_id = @chat AND state = 'pending'", args);
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
                await batch.ExecuteAsync("UPDATE OR IGNORE outbox SET chat_id = @target WHERE chat_id = @chat", merge);
                await batch.ExecuteAsync("DELETE FROM chats WHERE id = @chat", merge);
            }
        });

    /// <summary>Open rows that this process could still deliver (configured platform, chat not paused).</summary>
    public async Task<long> CountDeliverableAsync(IReadOnlyCollection<string> platforms, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await connection.ScalarAsync(
            """
            SELECT COUNT(*) FROM outbox o JOIN chats c ON c.id = o.chat_id
            WHERE o.state IN ('pending', 'sending') AND c.paused_at IS NULL
              AND c.platform IN (SELECT value FROM json_each(@platforms))
            """,
            parameters: [("platforms", JsonSerializer.Serialize(platforms))],
            cancellationToken: cancellationToken);
        return Convert.ToInt64(count, CultureInfo.InvariantCulture);
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
                Skipped: Count(g, "skipped")))
            .ToList();
        return new OutboxSummary(platforms.Sum(p => p.Pending), platforms.Sum(p => p.Sending), oldestAge, platforms);

        static int Count(IEnumerable<(string Platform, string State, int Count, long Oldest)> group, string state) =>
            group.Where(g => g.State == state).Sum(g => g.Count);
    }

    public void Dispose() => _writer.Dispose();

    private Task RecordAsync(string sql, (string, object?)[] parameters) =>
        _writer.RunAsync(batch => batch.ExecuteAsync(sql, parameters));

    private static ChatKind ParseKind(string kind) =>
        Enum.TryParse<ChatKind>(kind, ignoreCase: true, out var parsed) ? parsed : ChatKind.Private;

    private Task<int> WriteAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken) =>
        _writer.RunAsync(batch => batch.ExecuteAsync(sql, parameters), cancellationToken);
}
