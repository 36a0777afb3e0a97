using System.Data.Common;
using System.Globalization;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>The SQL behind <see cref="IncidentStore"/>.</summary>
internal static class IncidentQueries
{
    public static async Task<IReadOnlyList<BookIncident>> CandidatesAsync(DbConnection connection, string slug, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var incidents = await connection.QueryAsync(
            """
            SELECT i.id, i.type, i.status, i.records, i.data_types, i.actor, i.first_reported_at FROM incidents i
            JOIN incident_companies ic ON ic.incident_id = i.id
            WHERE ic.company_slug = @slug AND i.updated_at >= @since ORDER BY i.first_reported_at DESC LIMIT 20
            """,
            r => new BookIncident(
                r.GetInt64(0), Enum.Parse<IncidentType>(r.GetString(1)),
                new IncidentFacts(r.NullableInt64(3), SplitTypes(r.GetString(4)), r.NullableString(5), Enum.Parse<IncidentStatus>(r.GetString(2)), null),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
            parameters: [("slug", slug), ("since", since.ToMs())], cancellationToken: cancellationToken);

        foreach (var incident in incidents)
        {
            var companies = await connection.QueryAsync(
                "SELECT company_slug FROM incident_companies WHERE incident_id = @id", r => r.GetString(0), parameters: [("id", incident.Id)], cancellationToken: cancellationToken);
            incident.Companies.UnionWith(companies);
            var sources = await connection.QueryAsync(
                "SELECT title, lead, incident_type FROM articles WHERE incident_id = @id ORDER BY id", r => (Title: r.GetString(0), Lead: r.GetString(1), Type: r.NullableString(2)),
                parameters: [("id", incident.Id)], cancellationToken: cancellationToken);
            incident.Titles.AddRange(sources.Select(s => s.Title));
            incident.Leads.AddRange(sources.Select(s => s.Lead));
            incident.RegulatorKnown = sources.Any(s => s.Type == nameof(IncidentType.RegulatoryAction));
        }

        return incidents;
    }

    public static async Task<long> CreateAsync(DbConnection connection, DbTransaction transaction, ArticleRecord article, BookIncident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var facts = incident.Facts;
        var id = await connection.ScalarAsync(
            """
            INSERT INTO incidents (company_slug, type, status, title, summary, records, data_types, actor, first_reported_at, updated_at, created_at)
            VALUES (@slug, @type, @status, @title, @summary, @records, @types, @actor, @first, @now, @now) RETURNING id
            """,
            transaction,
            [
                ("slug", incident.Companies.First()), ("type", incident.Type.ToString()), ("status", facts.Status.ToString()), ("title", article.Title),
                ("summary", article.Summary), ("records", facts.Records), ("types", string.Join(",", facts.DataTypes)), ("actor", facts.Actor),
                ("first", incident.FirstReportedAt.ToMs()), ("now", now.ToMs()),
            ],
            cancellationToken);
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>Links the article and the companies and stores the incident's merged facts.</summary>
    public static async Task LinkAsync(
        DbConnection connection, DbTransaction transaction, long incidentId, long articleId, DecisionKind decision, IReadOnlyList<string> slugs, IncidentFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            "UPDATE articles SET incident_id = @incident, decision = @decision WHERE id = @article",
            transaction,
            [("incident", incidentId), ("decision", DecisionName(decision)), ("article", articleId)],
            cancellationToken);
        foreach (var slug in slugs)
        {
            await connection.ExecuteAsync(
                "INSERT INTO incident_companies (incident_id, company_slug) VALUES (@incident, @slug) ON CONFLICT DO NOTHING",
                transaction, [("incident", incidentId), ("slug", slug)], cancellationToken);
        }

        await connection.ExecuteAsync(
            "UPDATE incidents SET updated_at = @now, data_types = @types, records = @records, status = @status, actor = @actor WHERE id = @id",
            transaction,
            [("now", now.ToMs()), ("types", string.Join(",", facts.DataTypes)), ("records", facts.Records), ("status", facts.Status.ToString()), ("actor", facts.Actor), ("id", incidentId)],
            cancellationToken);
    }

    /// <summary>The stored name of a decision (<c>articles.decision</c>): 'new', 'joins' or 'followup'.</summary>
    public static string DecisionName(DecisionKind decision) => decision switch
    {
        DecisionKind.NewIncident => "new",
        DecisionKind.FollowUp => "followup",
        _ => "joins",
    };

    private static string[] SplitTypes(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
