using System.Data.Common;
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
