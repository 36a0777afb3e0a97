using NewsBot.Analysis;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Subscriptions;

/// <summary>Reads and changes a chat's <see cref="SubscriptionRules"/> (the subscriptions table).</summary>
public sealed class SubscriptionStore(Database database, ChatStore chats, TimeProvider clock)
{
    public async Task<SubscriptionRules> RulesAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            """
            SELECT s.company_slug, s.types, s.excluded FROM subscriptions s JOIN chats c ON c.id = s.chat_id
            WHERE c.platform = @platform AND c.external_id = @external
            """,
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2) != 0),
            parameters: [("platform", chat.Platform), ("external", chat.ExternalId)],
            cancellationToken: cancellationToken);
        return SubscriptionRules.FromRows(rows);
    }

    /// <summary>
    /// Follows <paramref name="slug"/> (or <see cref="SubscriptionRules.AllKey"/>) for <paramref name="types"/> (empty = all).
    /// Following all again drops the exclusions; following a company that "semua" already covers just lifts its exclusion.
    /// </summary>
    public async Task FollowAsync(ChatAddress chat, string? title, string slug, IReadOnlySet<IncidentType> types, CancellationToken cancellationToken)
    {
        var chatId = await chats.EnsureChatAsync(chat, title, cancellationToken);
        var rules = await RulesAsync(chat, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        (string, object?)[] ids = [("chat", chatId), ("slug", slug)];
        if (slug == SubscriptionRules.AllKey)
        {
            await connection.ExecuteAsync("DELETE FROM subscriptions WHERE chat_id = @chat AND excluded = 1", transaction, ids, cancellationToken);
        }

        if (slug != SubscriptionRules.AllKey && types.Count == 0 && rules.AllTypes is { Count: 0 })
        {
            await connection.ExecuteAsync("DELETE FROM subscriptions WHERE chat_id = @chat AND company_slug = @slug", transaction, ids, cancellationToken);
        }
        else
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO subscriptions (chat_id, company_slug, created_at, types, excluded) VALUES (@chat, @slug, @now, @types, 0)
                ON CONFLICT (chat_id, company_slug) DO UPDATE SET types = excluded.types, excluded = 0
                """,
                transaction, [.. ids, ("now", clock.GetUtcNow().ToMs()), ("types", SubscriptionRules.FormatTypes(types))], cancellationToken);
        }

        // Subscribing is an explicit request to receive alerts again.
        await connection.ExecuteAsync("UPDATE chats SET paused_at = NULL, paused_reason = NULL WHERE id = @chat", transaction, ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stops following a company: its own row goes, and while the chat follows "semua" it is excluded too.</summary>
    public async Task StopAsync(ChatAddress chat, string slug, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(chat, cancellationToken);
        var chatId = await chats.EnsureChatAsync(chat, null, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        (string, object?)[] ids = [("chat", chatId), ("slug", slug), ("now", clock.GetUtcNow().ToMs())];
        await connection.ExecuteAsync(
            slug == SubscriptionRules.AllKey ? "DELETE FROM subscriptions WHERE chat_id = @chat" : "DELETE FROM subscriptions WHERE chat_id = @chat AND company_slug = @slug",
            transaction, ids, cancellationToken);
        if (slug != SubscriptionRules.AllKey && rules.FollowsAll)
        {
            await connection.ExecuteAsync(
                "INSERT INTO subscriptions (chat_id, company_slug, created_at, types, excluded) VALUES (@chat, @slug, @now, '', 1)",
                transaction, ids, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores <paramref name="rules"/> as the chat's whole rule set; rows that stay keep their creation time.</summary>
    public async Task SaveAsync(ChatAddress chat, SubscriptionRules rules, CancellationToken cancellationToken)
    {
        var chatId = await chats.EnsureChatAsync(chat, null, cancellationToken);
        var rows = rules.ToRows().ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (list, kept) = Sql.InList("k", [.. rows.Select(r => r.Slug)]);
        var stale = rows.Count == 0 ? "" : $" AND company_slug NOT IN ({list})";
        await connection.ExecuteAsync($"DELETE FROM subscriptions WHERE chat_id = @chat{stale}", transaction, [.. kept, ("chat", chatId)], cancellationToken);
        foreach (var (slug, types, excluded) in rows)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO subscriptions (chat_id, company_slug, created_at, types, excluded) VALUES (@chat, @slug, @now, @types, @excluded)
                ON CONFLICT (chat_id, company_slug) DO UPDATE SET types = excluded.types, excluded = excluded.excluded
                """,
                transaction, [("chat", chatId), ("slug", slug), ("now", clock.GetUtcNow().ToMs()), ("types", types), ("excluded", excluded ? 1 : 0)], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
