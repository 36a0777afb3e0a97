using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>An incident with every company it concerns, for deciding which chats would have received it.</summary>
public sealed record RecentIncident(long Id, IncidentType Type, string CompanyName, string Title, DateTimeOffset FirstReportedAt, IReadOnlyList<string> Slugs, IncidentSource? FirstSource);

/// <summary>The newest incidents, optionally only those about some companies.</summary>
public sealed class RecentIncidents(Database database)
{
    /// <summary>Newest first; <paramref name="slugs"/> null means every company.</summary>
    public async Task<IReadOnlyList<RecentIncident>> LatestAsync(IReadOnlyList<string>? slugs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (list, parameters) = Sql.InList("s", slugs ?? []);
        var filter = slugs is null ? "" : $"WHERE i.id IN (SELECT incident_id FROM incident_companies WHERE company_slug IN ({(list.Length == 0 ? "NULL" : list)}))";
        var rows = await connection.QueryAsync(
            $"""
            SELECT i.id, i.type, COALESCE(co.name, i.company_slug), i.title, i.first_reported_at,
                   (SELECT {database.Dialect.JoinedList("company_slug")} FROM incident_companies WHERE incident_id = i.id),
                   (SELECT outlet FROM articles WHERE incident_id = i.id ORDER BY id LIMIT 1),
                   (SELECT url FROM articles WHERE incident_id = i.id ORDER BY id LIMIT 1)
            FROM incidents i LEFT JOIN companies co ON co.slug = i.company_slug
            {filter}
            ORDER BY i.first_reported_at DESC, i.id DESC LIMIT @limit
            """,
            r => new RecentIncident(
                r.GetInt64(0), Enum.Parse<IncidentType>(r.GetString(1)), r.GetString(2), r.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)),
                r.NullableString(5)?.Split(',') ?? [],
                r.NullableString(6) is { } outlet ? new IncidentSource(outlet, r.NullableString(7), r.GetString(3)) : null),
            parameters: [.. parameters, ("limit", limit)],
            cancellationToken: cancellationToken);
        return rows;
    }
}
