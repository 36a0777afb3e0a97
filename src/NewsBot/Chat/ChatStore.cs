using System.Data.Common;
using NewsBot.Alerts;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>Chats and what they follow. A paused chat keeps its subscriptions but receives nothing.</summary>
public sealed class ChatStore(Database database, TimeProvider clock)
{
    public async Task<long> EnsureChatAsync(ChatAddress chat, string? title, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await EnsureChatAsync(connection, chat, title, cancellationToken);
    }

    public async Task<ChatSchedule> ScheduleAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {ChatSchedule.Columns} FROM chats c WHERE c.platform = @platform AND c.external_id = @external",
            reader => ChatSchedule.Read(reader, 0),
            parameters: [("platform", chat.Platform), ("external", chat.ExternalId)],
            cancellationToken: cancellationToken);
        return rows.SingleOrDefault() ?? ChatSchedule.None;
    }

    /// <summary>Sets (or with nulls clears) the chat's quiet hours.</summary>
    public Task SetQuietHoursAsync(ChatAddress chat, string? title, TimeOnly? start, TimeOnly? end, CancellationToken cancellationToken) =>
        SetScheduleAsync(chat, title, "quiet_start = @a, quiet_end = @b", ChatSchedule.ToMinutes(start), ChatSchedule.ToMinutes(end), cancellationToken);

    /// <summary>Sets the chat's time zone (WIB, WITA, WIT); held alerts are judged again under it.</summary>
    public Task SetZoneAsync(ChatAddress chat, string? title, ChatZone zone, CancellationToken cancellationToken) =>
        SetScheduleAsync(chat, title, "time_zone = @a", zone.Name, null, cancellationToken);

    /// <summary>Sets the quiet hours and the time zone they are written in, together.</summary>
    public async Task SetQuietHoursAsync(ChatAddress chat, string? title, TimeOnly start, TimeOnly end, ChatZone zone, CancellationToken cancellationToken)
    {
        await SetZoneAsync(chat, title, zone, cancellationToken);
        await SetQuietHoursAsync(chat, title, start, end, cancellationToken);
    }

    /// <summary>Sets (or with null clears) the time of the chat's daily digest.</summary>
    public Task SetDigestAsync(ChatAddress chat, string? title, TimeOnly? at, CancellationToken cancellationToken) =>
        SetScheduleAsync(chat, title, "digest_at = @a", ChatSchedule.ToMinutes(at), null, cancellationToken);

    /// <summary>
    /// Stores the new schedule and puts the chat's held alerts back in the queue in the same transaction, so the
    /// dispatcher judges them again under the new schedule (sends them now, or holds them until the new time).
    /// </summary>
    private async Task SetScheduleAsync(ChatAddress chat, string? title, string assignments, object? a, int? b, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var chatId = await EnsureChatAsync(connection, chat, title, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"UPDATE chats SET {assignments} WHERE id = @chat",
            transaction, [("chat", chatId), ("a", a), ("b", b)], cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE outbox SET state = 'pending', held_at = NULL, next_attempt_at = @now WHERE chat_id = @chat AND state = 'held'",
            transaction, [("chat", chatId), ("now", clock.GetUtcNow().ToMs())], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> IsPausedAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var paused = await connection.ScalarAsync(
            "SELECT paused_at FROM chats WHERE platform = @platform AND external_id = @external",
            parameters: [("platform", chat.Platform), ("external", chat.ExternalId)],
            cancellationToken: cancellationToken);
        return paused is not null;
    }

    /// <summary>The bot was removed, blocked or lost access: keep the subscriptions, stop sending.</summary>
    public async Task PauseChatAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE chats SET paused_at = @now, paused_reason = @reason WHERE platform = @platform AND external_id = @external AND paused_at IS NULL",
            parameters: [("now", clock.GetUtcNow().ToMs()), ("reason", reason), ("platform", chat.Platform), ("external", chat.ExternalId)],
            cancellationToken: cancellationToken);
    }

    public async Task ResumeChatAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE chats SET paused_at = NULL, paused_reason = NULL WHERE platform = @platform AND external_id = @external",
            parameters: [("platform", chat.Platform), ("external", chat.ExternalId)],
            cancellationToken: cancellationToken);
    }

    /// <summary>The chat got a new id (Telegram group → supergroup): re-key it, keeping its subscriptions and pending alerts.</summary>
    public async Task MoveChatAsync(ChatAddress chat, string newExternalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var target = await connection.ScalarAsync(
            "SELECT id FROM chats WHERE platform = @platform AND external_id = @new",
            transaction, [("platform", chat.Platform), ("new", newExternalId)], cancellationToken);
        if (target is null)
        {
            await connection.ExecuteAsync(
                "UPDATE chats SET external_id = @new WHERE platform = @platform AND external_id = @old",
                transaction, [("new", newExternalId), ("platform", chat.Platform), ("old", chat.ExternalId)], cancellationToken);
        }
        else
        {
            // Both ids are known: fold the old chat into the new one.
            (string, object?)[] ids = [("target", target), ("platform", chat.Platform), ("old", chat.ExternalId)];
            const string Old = "(SELECT id FROM chats WHERE platform = @platform AND external_id = @old)";
            await connection.ExecuteAsync(
                $"INSERT INTO subscriptions (chat_id, company_slug, created_at, types, excluded) SELECT @target, company_slug, created_at, types, excluded FROM subscriptions WHERE chat_id = {Old} ON CONFLICT DO NOTHING",
                transaction, ids, cancellationToken);
            await connection.ExecuteAsync(
                $"UPDATE outbox SET chat_id = @target WHERE chat_id = {Old} AND NOT EXISTS (SELECT 1 FROM outbox t WHERE t.chat_id = @target AND t.alert_key = outbox.alert_key)",
                transaction, ids, cancellationToken);
            await connection.ExecuteAsync($"DELETE FROM chats WHERE id = {Old}", transaction, ids, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<long> EnsureChatAsync(DbConnection connection, ChatAddress chat, string? title, CancellationToken cancellationToken)
    {
        var id = await connection.ScalarAsync(
            """
            INSERT INTO chats (platform, external_id, kind, title, created_at) VALUES (@platform, @external, @kind, @title, @now)
            ON CONFLICT (platform, external_id) DO UPDATE SET title = COALESCE(excluded.title, chats.title)
            RETURNING id
            """,
            parameters: [("platform", chat.Platform), ("external", chat.ExternalId), ("kind", chat.Kind.ToString()), ("title", title), ("now", clock.GetUtcNow().ToMs())],
            cancellationToken: cancellationToken);
        return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }
}
