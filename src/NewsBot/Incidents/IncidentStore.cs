using System.Data.Common;
using NewsBot.Analysis;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>
/// The articles, incidents and incident_companies tables. Loads the open incidents an article may join and applies
/// the pipeline's decisions inside the caller's transaction (the feed check saves articles, incidents, outbox rows
/// and the feed's state together).
/// </summary>
public sealed class IncidentStore(Database database)
{
    /// <summary>The incidents of <paramref name="slugs"/> updated since <paramref name="since"/>, with their reports' titles and leads.</summary>
    public async Task<IncidentBook> LoadBookAsync(IEnumerable<string> slugs, DateTimeOffset since, TimeSpan window, CancellationToken cancellationToken)
    {
        var book = new IncidentBook(window);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var slug in slugs.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var incident in await IncidentQueries.CandidatesAsync(connection, slug, since, cancellationToken))
            {
                book.Add(incident);
            }
        }

        return book;
    }

    /// <summary>Which of <paramref name="urlHashes"/> are stored already (the same story reached us through another feed).</summary>
    public async Task<HashSet<string>> KnownUrlsAsync(IReadOnlyList<string> urlHashes, CancellationToken cancellationToken)
    {
        if (urlHashes.Count == 0)
        {
            return [];
        }

        var (list, parameters) = Sql.InList("u", urlHashes);
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync($"SELECT url_hash FROM articles WHERE url_hash IN ({list})", r => r.GetString(0), parameters: parameters, cancellationToken: cancellationToken)];
    }

    /// <summary>
    /// Links a stored article to its incident, creating the incident for a new one (provisional ids map to real ones in
    /// <paramref name="created"/>) and storing the incident's merged facts. Returns the real incident id.
    /// </summary>
    public static async Task<long> ApplyAsync(
        DbConnection connection, DbTransaction transaction, long articleId, ArticleRecord article, IncidentDecision decision, BookIncident incident,
        Dictionary<long, long> created, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(created);
        var id = decision.IncidentId;
        if (id < 0 && !created.TryGetValue(id, out id))
        {
            id = await IncidentQueries.CreateAsync(connection, transaction, article, incident, now, cancellationToken);
            created[decision.IncidentId] = id;
        }

        await IncidentQueries.LinkAsync(connection, transaction, id, articleId, decision.Kind, [.. incident.Companies], incident.Facts, now, cancellationToken);
        return id;
    }

    /// <summary>Incidents of a company, newest first, one page at a time.</summary>
    public async Task<(IReadOnlyList<IncidentSummary> Items, int Total)> HistoryAsync(string companySlug, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = Convert.ToInt32(await connection.ScalarAsync(
            "SELECT COUNT(*) FROM incident_companies WHERE company_slug = @slug",
            parameters: [("slug", companySlug)], cancellationToken: cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var incidents = await connection.QueryAsync(
            """
            SELECT i.id, i.type, i.status, i.title, i.first_reported_at FROM incidents i
            JOIN incident_companies ic ON ic.incident_id = i.id
            WHERE ic.company_slug = @slug ORDER BY i.first_reported_at DESC, i.id DESC LIMIT @limit OFFSET @offset
            """,
            r => (Id: r.GetInt64(0), Type: Enum.Parse<IncidentType>(r.GetString(1)), Status: Enum.Parse<IncidentStatus>(r.GetString(2)), Title: r.GetString(3), At: DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4))),
            parameters: [("slug", companySlug), ("limit", pageSize), ("offset", (page - 1) * pageSize)],
            cancellationToken: cancellationToken);
        var items = new List<IncidentSummary>();
        foreach (var incident in incidents)
        {
            var sources = await connection.QueryAsync(
                "SELECT outlet, url, title FROM articles WHERE incident_id = @id ORDER BY COALESCE(published_at, first_seen_at), id",
                r => new IncidentSource(r.GetString(0), r.NullableString(1), r.GetString(2)),
                parameters: [("id", incident.Id)], cancellationToken: cancellationToken);
            items.Add(new IncidentSummary(incident.Id, incident.Type, incident.Status, incident.Title, incident.At, sources));
        }

        return (items, total);
    }

    /// <summary>Stores a new article; null when the same story (canonical URL) is stored already.</summary>
    public static async Task<long?> InsertArticleAsync(DbConnection connection, DbTransaction transaction, long feedId, ArticleRecord article, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var now = seenAt.ToMs();
        // The same story under the same canonical URL in another feed is stored (and alerted) once.
        var analysis = article.Analysis;
        var id = await connection.ScalarAsync(
            """
            INSERT INTO articles (feed_id, item_key_hash, url, url_hash, title, outlet, language, published_at, first_seen_at,
                relevant, score, incident_type, cues, lead, summary)
            VALUES (@feed, @key, @url, @urlHash, @title, @outlet, @language, @published, @now, @relevant, @score, @type, @cues, @lead, @summary)
            ON CONFLICT DO NOTHING RETURNING id
            """,
            transaction,
            [
                ("feed", feedId), ("key", article.ItemKeyHash), ("url", article.Url), ("urlHash", article.UrlHash), ("title", article.Title),
                ("outlet", article.Outlet), ("language", analysis?.Language), ("published", article.PublishedAt.ToMs()), ("now", now),
                ("relevant", analysis?.Relevant == true ? 1 : 0), ("score", analysis?.Score ?? 0), ("type", analysis?.Type.ToString()),
                ("cues", string.Join(", ", analysis?.Cues ?? [])), ("lead", article.Lead), ("summary", article.Summary),
            ],
            cancellationToken);
        return id is null ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }
}
