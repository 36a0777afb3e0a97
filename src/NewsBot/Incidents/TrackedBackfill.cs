using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>
/// Links already stored privacy articles to a company a chat has just started tracking, so its history answers at
/// once: an article already in an incident adds the company to that incident; one without an incident starts one.
/// No alerts are sent for these: they are old news.
/// </summary>
public sealed class TrackedBackfill(Database database, TimeProvider clock)
{
    /// <summary>How many recent relevant articles are looked at.</summary>
    public const int ArticlesScanned = 20_000;

    /// <summary>Returns the number of incidents the company now has.</summary>
    public async Task<int> LinkAsync(string slug, Func<string, string, bool> isSubject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var articles = await connection.QueryAsync(
            """
            SELECT id, title, lead, summary, incident_id, incident_type, COALESCE(published_at, first_seen_at)
            FROM articles WHERE relevant = 1 ORDER BY id DESC LIMIT @limit
            """,
            r => (Id: r.GetInt64(0), Title: r.GetString(1), Text: r.GetString(2) + "\n" + r.GetString(3), Incident: r.NullableInt64(4),
                  Type: r.NullableString(5) ?? nameof(IncidentType.Other), At: r.GetInt64(6), Summary: r.GetString(3)),
            transaction, [("limit", ArticlesScanned)], cancellationToken);
        var now = clock.GetUtcNow().ToMs();
        foreach (var article in articles.Where(a => isSubject(a.Title, a.Text)))
        {
            var incident = article.Incident ?? Convert.ToInt64(
                await connection.ScalarAsync(
                    """
                    INSERT INTO incidents (company_slug, type, status, title, summary, first_reported_at, updated_at, created_at)
                    VALUES (@slug, @type, 'Unknown', @title, @summary, @at, @now, @now) RETURNING id
                    """,
                    transaction,
                    [("slug", slug), ("type", article.Type), ("title", article.Title), ("summary", article.Summary), ("at", article.At), ("now", now)],
                    cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture);
            await connection.ExecuteAsync(
                "UPDATE articles SET incident_id = @incident WHERE id = @id AND incident_id IS NULL", transaction, [("incident", incident), ("id", article.Id)], cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO incident_companies (incident_id, company_slug) VALUES (@incident, @slug) ON CONFLICT DO NOTHING",
                transaction, [("incident", incident), ("slug", slug)], cancellationToken);
        }

        var count = await connection.ScalarAsync(
            "SELECT COUNT(*) FROM incident_companies WHERE company_slug = @slug", transaction, [("slug", slug)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
    }
}
