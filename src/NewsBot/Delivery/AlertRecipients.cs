using System.Data.Common;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who is told about an incident: the one place the subscription rule (<see cref="SubscriptionRules"/>) is applied.</summary>
public static class AlertRecipients
{
    /// <summary>The <c>subscriptions.company_slug</c> of a chat that follows every company.</summary>
    public const string AllCompanies = SubscriptionRules.AllKey;

    /// <summary>
    /// The active chats an incident about <paramref name="slugs"/> of <paramref name="type"/> goes to, decided by
    /// <see cref="SubscriptionRules.Receives"/>. Runs inside the caller's transaction.
    /// </summary>
    public static async Task<IReadOnlyList<long>> RecipientsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<string> slugs, IncidentType type, CancellationToken cancellationToken)
    {
        var (list, parameters) = Sql.InList("s", [.. slugs, SubscriptionRules.AllKey]);
        var rows = await connection.QueryAsync(
            $"""
            SELECT s.chat_id, s.company_slug, s.types, s.excluded FROM subscriptions s JOIN chats c ON c.id = s.chat_id
            WHERE c.paused_at IS NULL AND s.chat_id IN (SELECT chat_id FROM subscriptions WHERE company_slug IN ({list}) AND excluded = 0)
            """,
            r => (Chat: r.GetInt64(0), Slug: r.GetString(1), Types: r.GetString(2), Excluded: r.GetInt64(3) != 0),
            transaction, parameters, cancellationToken);
        return [.. rows.GroupBy(r => r.Chat)
            .Where(g => SubscriptionRules.FromRows(g.Select(r => (r.Slug, r.Types, r.Excluded))).Receives(slugs, type))
            .Select(g => g.Key)];
    }
}
