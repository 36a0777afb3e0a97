using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>
/// One incident and one pending outbox row for each of N private chats, in one transaction; or, with
/// <c>held</c> &gt; 0, that many held rows per chat whose daily digest is due now.
/// </summary>
internal static class FanOutSeed
{
    public static async Task InsertAsync(Database database, int chats, int held)
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
                "INSERT INTO chats (id, platform, external_id, kind, created_at, digest_at) VALUES (@id, 'telegram', @external, 'Private', 0, @digest)",
                transaction,
                [("id", i), ("external", external), ("digest", held > 0 ? 420 : null)]);
            for (var k = 1; k <= Math.Max(held, 1); k++)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at, held_at)
                    VALUES (@id, 1, @key, @payload, @state, 0, 0, @held)
                    """,
                    transaction,
                    [("id", i), ("key", "incident:" + k.ToString(CultureInfo.InvariantCulture)), ("payload", payload), ("state", held > 0 ? "held" : "pending"), ("held", held > 0 ? 0 : null)]);
            }
        }

        await transaction.CommitAsync();
    }
}
