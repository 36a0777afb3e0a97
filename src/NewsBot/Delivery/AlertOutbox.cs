using System.Data.Common;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Queues alerts inside the caller's transaction (the feed check's), so an incident and its outbox rows commit together.</summary>
public static class AlertOutbox
{
    /// <summary>A new incident's alert key is this prefix and the incident id; its follow-ups' keys extend it.</summary>
    public const string IncidentKeyPrefix = "incident:";

    public static string NewIncidentKey(long incidentId) => $"{IncidentKeyPrefix}{incidentId}";

    public static string FollowUpKey(long incidentId, long articleId) => $"{IncidentKeyPrefix}{incidentId}:update:{articleId}";

    /// <summary>One outbox row per chat that receives the alert (<see cref="AlertRecipients"/>); returns how many.</summary>
    public static async Task<int> EnqueueAsync(
        DbConnection connection, DbTransaction transaction, long incidentId, string alertKey, IReadOnlyList<string> slugs, IncidentType type, Alert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chats = await AlertRecipients.RecipientsAsync(connection, transaction, slugs, type, cancellationToken);
        if (chats.Count == 0)
        {
            return 0;
        }

        var (list, parameters) = Sql.InList("c", chats);
        return await connection.ExecuteAsync(
            $"""
            INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
            SELECT c.id, @incident, @key, @payload, 'pending', @now, @now FROM chats c WHERE c.id IN ({list})
            ON CONFLICT DO NOTHING
            """,
            transaction,
            [("incident", incidentId), ("key", alertKey), ("payload", AlertJson.Serialize(alert)), ("now", now.ToMs()), .. parameters],
            cancellationToken);
    }

    /// <summary>
    /// Adds another outlet's report to an incident's first alert while that alert still waits in the outbox (several
    /// outlets in one check make one alert); at most <paramref name="maxSources"/> sources, one per outlet. Returns rows changed.
    /// </summary>
    public static async Task<int> AddSourceAsync(
        DbConnection connection, DbTransaction transaction, long incidentId, AlertSource source, int maxSources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rows = await connection.QueryAsync(
            "SELECT id, payload FROM outbox WHERE alert_key = @key AND state IN ('pending', 'held')",
            r => (Id: r.GetInt64(0), Payload: r.GetString(1)), transaction, [("key", NewIncidentKey(incidentId))], cancellationToken);
        var changed = 0;
        foreach (var (id, payload) in rows)
        {
            var alert = AlertJson.Deserialize(payload);
            if (alert.Sources.Count >= maxSources || alert.Sources.Any(s => string.Equals(s.Outlet, source.Outlet, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            changed += await connection.ExecuteAsync(
                "UPDATE outbox SET payload = @payload WHERE id = @id AND state IN ('pending', 'held')",
                transaction, [("payload", AlertJson.Serialize(alert with { Sources = [.. alert.Sources, source] })), ("id", id)], cancellationToken);
        }

        return changed;
    }
}
