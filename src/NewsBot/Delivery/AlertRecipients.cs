using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Who is told about an incident: the one place the subscription rule lives.</summary>
public static class AlertRecipients
{
    /// <summary>The <c>subscriptions.company_slug</c> of a chat that follows every company.</summary>
    public const string AllCompanies = "*";

    /// <summary>
    /// A query of the ids of the chats that receive an alert about <paramref name="slugs"/> of type <paramref name="type"/>:
    /// active chats following one of the companies or everything.
    /// </summary>
    public static (string Sql, (string Name, object? Value)[] Parameters) ChatIds(IReadOnlyList<string> slugs, IncidentType type)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var (list, parameters) = Sql.InList("s", [.. slugs, AllCompanies]);
        _ = type; // Per-type subscriptions are not stored yet; every type reaches every follower.
        return ($"""
            SELECT DISTINCT c.id FROM subscriptions s JOIN chats c ON c.id = s.chat_id
            WHERE s.company_slug IN ({list}) AND c.paused_at IS NULL
            """, parameters);
    }
}
