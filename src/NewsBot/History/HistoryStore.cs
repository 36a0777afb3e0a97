using System.Data.Common;
using System.Globalization;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.History;

/// <summary>Reads past incidents for the chat: a company's history, the latest overall, and one incident in detail.</summary>
public sealed class HistoryStore(Database database)
{
    private const string ListColumns = "i.id, i.company_slug, i.type, i.status, i.title, i.first_reported_at";

    /// <summary>Incidents of a company (as any of their subjects) inside <paramref name="range"/>, newest first.</summary>
    public async Task<HistoryPage<IncidentListing>> CompanyAsync(string companySlug, TimeRange range, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        (string, object?)[] filter = [("slug", companySlug), ("from", range.From?.ToMs() ?? long.MinValue), ("to", range.To?.ToMs() ?? long.MaxValue)];
        // Both read one range of incident_companies_history; only the page's incidents are looked up.
        const string Where = "ic.company_slug = @slug AND ic.first_reported_at >= @from AND ic.first_reported_at < @to";
        var total = Convert.ToInt32(
            await connection.ScalarAsync($"SELECT COUNT(*) FROM incident_companies ic WHERE {Where}", parameters: filter, cancellationToken: cancellationToken),
            CultureInfo.InvariantCulture);
        var items = await ListAsync(
            connection,
            $"""
            SELECT {ListColumns} FROM (
                SELECT ic.incident_id FROM incident_companies ic WHERE {Where}
                ORDER BY ic.first_reported_at DESC, ic.incident_id DESC LIMIT @limit OFFSET @offset) page
            JOIN incidents i ON i.id = page.incident_id
            ORDER BY i.first_reported_at DESC, i.id DESC
            """,
            [.. filter, ("limit", pageSize), ("offset", (long)(page - 1) * pageSize)],
            cancellationToken);
        return new HistoryPage<IncidentListing>(items, total);
    }

    /// <summary>The <paramref name="count"/> most recent incidents of any company.</summary>
    public async Task<IReadOnlyList<IncidentListing>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ListAsync(
            connection, $"SELECT {ListColumns} FROM incidents i ORDER BY i.first_reported_at DESC, i.id DESC LIMIT @limit", [("limit", count)], cancellationToken);
    }

    /// <summary>One incident with its facts, subject companies and every reporting article; null when there is none.</summary>
    public async Task<IncidentDetail?> DetailAsync(long incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {ListColumns}, i.summary, i.records, i.data_types, i.actor, i.updated_at FROM incidents i WHERE i.id = @id",
            r => (Listing: ReadListing(r), Summary: r.GetString(6), Records: r.NullableInt64(7), Types: r.GetString(8), Actor: r.NullableString(9), Updated: r.GetInt64(10)),
            parameters: [("id", incidentId)], cancellationToken: cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var articles = await ArticlesAsync(connection, [incidentId], cancellationToken);
        var companies = await connection.QueryAsync(
            "SELECT company_slug FROM incident_companies WHERE incident_id = @id ORDER BY company_slug", r => r.GetString(0),
            parameters: [("id", incidentId)], cancellationToken: cancellationToken);
        return new IncidentDetail(
            row.Listing with { Articles = articles.GetValueOrDefault(incidentId, []) },
            row.Summary, row.Records, row.Types.Split(',', StringSplitOptions.RemoveEmptyEntries), row.Actor,
            companies, DateTimeOffset.FromUnixTimeMilliseconds(row.Updated));
    }

    private static async Task<IReadOnlyList<IncidentListing>> ListAsync(DbConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var incidents = await connection.QueryAsync(sql, ReadListing, parameters: parameters, cancellationToken: cancellationToken);
        var articles = await ArticlesAsync(connection, [.. incidents.Select(i => i.Id)], cancellationToken);
        return [.. incidents.Select(i => i with { Articles = articles.GetValueOrDefault(i.Id, []) })];
    }

    /// <summary>The reporting articles of several incidents in one query, oldest first per incident.</summary>
    private static async Task<Dictionary<long, List<ReportingArticle>>> ArticlesAsync(DbConnection connection, IReadOnlyList<long> incidentIds, CancellationToken cancellationToken)
    {
        if (incidentIds.Count == 0)
        {
            return [];
        }

        var (list, parameters) = Sql.InList("i", incidentIds);
        var rows = await connection.QueryAsync(
            $"""
            SELECT incident_id, outlet, title, url, COALESCE(published_at, first_seen_at) AS at, decision FROM articles
            WHERE incident_id IN ({list}) ORDER BY incident_id, at, id
            """,
            r => (Incident: r.GetInt64(0), Article: new ReportingArticle(
                r.GetString(1), r.GetString(2), r.NullableString(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)), Joined: r.NullableString(5) == "joins")),
            parameters: parameters, cancellationToken: cancellationToken);
        return rows.GroupBy(r => r.Incident).ToDictionary(g => g.Key, g => g.Select(r => r.Article).ToList());
    }

    private static IncidentListing ReadListing(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Enum.Parse<IncidentType>(r.GetString(2)), Enum.Parse<IncidentStatus>(r.GetString(3)), r.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)), []);
}
