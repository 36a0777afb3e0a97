using System.Globalization;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>One incident and one pending outbox row for each of N private chats, in one transaction.</summary>
internal static class FanOutSeed
{
    public static async Task InsertAsync(Database database, int chats)
    {
        var alert = new Alert(
            "Acme", IncidentType.DataLeak, false, DateTimeOffset.UnixEpoch, "FANOUT", "Ringkasan.", [], IncidentFacts.None, "Uji beban.");
        var payload = AlertJson.Serialize(alert);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("INSERT INTO companies (slug, name, updated_at) VALUES ('acme', 'Acme', 0)", transaction);
        await connection.ExecuteAsync(
            "INSERT INTO incidents (id, company_slug, type, status, title, summary, first_reported_at, updated_at, created_at) VALUES (1, 'acme', 'DataLeak', 'Confirmed', 'FANOUT', 's', 0, 0, 0)",
            transaction);
        for (var i = 1; i <= chats; i++)
        {
            var external = (100_000 + i).ToString(CultureInfo.InvariantCulture);
            await connection.ExecuteAsync(
                """
                INSERT INTO chats (id, platform, external_id, kind, created_at) VALUES (@id, 'telegram', @external, 'Private', 0);
                INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
                VALUES (@id, 1, 'incident:1', @payload, 'pending', 0, 0);
                """,
                transaction,
                [("id", i), ("external", external), ("payload", payload)]);
        }

        await transaction.CommitAsync();
    }
}
