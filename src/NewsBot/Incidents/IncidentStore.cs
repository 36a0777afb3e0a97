using System.Data.Common;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>
/// Saves a checked feed in one transaction: seen keys, articles, incidents and one outbox row per
/// subscribed chat, plus the feed's new fetch state. A crash before commit means the next check redoes
/// everything (the validators were not advanced); after commit the dispatcher owns delivery.
/// </summary>
public sealed class IncidentStore(Database database, TimeProvider clock)
{
    public async Task<SaveResult> SaveFeedCheckAsync(long feedId, IReadOnlyList<ArticleRecord> articles, FeedFetchState state, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = new SaveResult(0, 0, 0);
        foreach (var article in articles)
        {
            var articleId = await InsertArticleAsync(connection, transaction, feedId, article, cancellationToken);
            if (articleId is null)
            {
                continue;
            }

            result = result with { NewArticles = result.NewArticles + 1 };
            if (article.Analysis is { Relevant: true } analysis && analysis.Subjects.Any())
            {
                var (created, rows) = await AttachToIncidentAsync(connection, transaction, articleId.Value, article, analysis, window, cancellationToken);
                result = result with { NewIncidents = result.NewIncidents + (created ? 1 : 0), OutboxRows = result.OutboxRows + rows };
            }
        }

        await FeedStore.WriteSuccessAsync(connection, transaction, feedId, state, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
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

    private async Task<long?> InsertArticleAsync(DbConnection connection, DbTransaction transaction, long feedId, ArticleRecord article, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToMs();
        var firstSeen = await connection.ExecuteAsync(
            "INSERT INTO seen_keys (feed_id, key_hash, first_seen_at) VALUES (@feed, @key, @now) ON CONFLICT DO NOTHING",
            transaction, [("feed", feedId), ("key", article.ItemKeyHash), ("now", now)], cancellationToken);
        if (firstSeen == 0)
        {
            return null;
        }

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

    private async Task<(bool Created, int OutboxRows)> AttachToIncidentAsync(
        DbConnection connection, DbTransaction transaction, long articleId, ArticleRecord article, ArticleAnalysis analysis, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var publishedAt = article.PublishedAt ?? now;
        var subjects = analysis.Subjects.ToList();
        var slugs = subjects.Select(s => s.Slug).Distinct().ToList();

        var decision = GroupingDecision.NewIncident;
        foreach (var slug in slugs)
        {
            var candidates = await IncidentQueries.CandidatesAsync(connection, transaction, slug, publishedAt - window, cancellationToken);
            decision = IncidentGrouper.Decide(analysis, article.Title, article.Lead, publishedAt, slug, candidates, window);
            if (decision.IncidentId is not null)
            {
                break;
            }
        }

        var created = decision.IncidentId is null;
        var incidentId = decision.IncidentId
            ?? await IncidentQueries.CreateAsync(connection, transaction, subjects[0].Slug, article, analysis, publishedAt, now, cancellationToken);
        await IncidentQueries.LinkAsync(connection, transaction, incidentId, articleId, slugs, created ? null : analysis.Facts, now, cancellationToken);

        if (!created && !decision.FactsChanged)
        {
            return (false, 0);
        }

        var alert = new Alert(
            subjects[0].Name,
            analysis.Type,
            IsUpdate: !created,
            publishedAt,
            article.Title,
            article.Summary,
            [new AlertSource(article.Outlet, article.Url ?? "", article.Title, analysis.Language)],
            analysis.Facts,
            Why(subjects[0], analysis));
        var key = created ? $"incident:{incidentId}" : $"incident:{incidentId}:update:{articleId}";
        var rows = await IncidentQueries.EnqueueAsync(connection, transaction, incidentId, key, slugs, analysis.Type, AlertJson.Serialize(alert), now, cancellationToken);
        return (created, rows);
    }

    private static string Why(CompanyMatch company, ArticleAnalysis analysis)
    {
        var matched = string.Join(", ", company.Matched.Distinct().Select(m => $"\"{m}\""));
        var cues = string.Join(", ", analysis.Cues.Take(5));
        return $"berita ini tentang {company.Name} (cocok: {matched}) dan menyebut {cues}.";
    }
}
