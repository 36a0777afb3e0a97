using NewsBot.Delivery;
using NewsBot.Incidents;
using NewsBot.Pipeline;
using NewsBot.Storage;

namespace NewsBot.Feeds;

/// <summary>
/// Decides and saves one checked feed: loads the open incidents, runs the pipeline's decisions (summarising only
/// what will be sent), then writes seen keys, articles, incidents, outbox rows and the feed's new fetch state in one
/// transaction. A crash before commit means the next check redoes everything (the validators were not advanced).
/// </summary>
public sealed class FeedCheckSaver(Database database, IncidentStore incidents, ArticlePipeline pipeline, TimeProvider clock) : IDisposable
{
    // Feeds are checked in parallel; deciding and saving one at a time keeps two outlets' reports of one event
    // from opening two incidents.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<SaveResult> SaveAsync(long feedId, IReadOnlyList<NewArticle> articles, FeedFetchState state, TimeSpan window, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var known = await incidents.KnownUrlsAsync([.. articles.Select(a => a.UrlHash).OfType<string>()], cancellationToken);
            var batch = articles
                .Where(a => a.Analysis is { Relevant: true } analysis && analysis.Subjects.Any() && (a.UrlHash is null || !known.Contains(a.UrlHash)))
                .Select(a => (a.Article, a.Analysis!))
                .ToList();
            var earliest = batch.Select(b => b.Article.Published ?? now).DefaultIfEmpty(now).Min();
            var book = await incidents.LoadBookAsync(batch.SelectMany(b => b.Item2.Subjects.Select(s => s.Slug)), earliest - window, window, cancellationToken);
            var results = await pipeline.DecideAsync(batch, book, now, cancellationToken);
            return await WriteAsync(feedId, articles, results, book, state, now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SaveResult> WriteAsync(
        long feedId, IReadOnlyList<NewArticle> articles, IReadOnlyList<PipelineResult> results, IncidentBook book, FeedFetchState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byArticle = results.ToDictionary(r => r.Article);
        var created = new Dictionary<long, long>();
        var saved = new SaveResult(0, 0, 0);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var article in articles)
        {
            if (!await FeedStore.MarkSeenAsync(connection, transaction, feedId, article.ItemKeyHash, now, cancellationToken))
            {
                continue;
            }

            var result = byArticle.GetValueOrDefault(article.Article);
            var record = Record(article, result);
            if (await IncidentStore.InsertArticleAsync(connection, transaction, feedId, record, now, cancellationToken) is not { } articleId)
            {
                continue;
            }

            saved = saved with { NewArticles = saved.NewArticles + 1 };
            if (result is null || result.Decision.Kind == DecisionKind.None)
            {
                continue;
            }

            var incident = book.Get(result.Decision.IncidentId);
            var isNew = result.Decision.IncidentId < 0 && !created.ContainsKey(result.Decision.IncidentId);
            var incidentId = await IncidentStore.ApplyAsync(connection, transaction, articleId, record, result.Decision, incident, created, now, cancellationToken);
            saved = saved with { NewIncidents = saved.NewIncidents + (isNew ? 1 : 0) };
            if (result.Alert is { } alert)
            {
                var key = isNew ? AlertOutbox.NewIncidentKey(incidentId) : AlertOutbox.FollowUpKey(incidentId, articleId);
                var rows = await AlertOutbox.EnqueueAsync(connection, transaction, incidentId, key, [.. incident.Companies], incident.Type, alert, now, cancellationToken);
                saved = saved with { OutboxRows = saved.OutboxRows + rows };
            }
            else if (result.Decision.IncidentId > 0 && result.Alert is null)
            {
                await AlertOutbox.AddSourceAsync(connection, transaction, incidentId, Source(result), ArticlePipeline.MaxAlertSources, cancellationToken);
            }
        }

        await FeedStore.WriteSuccessAsync(connection, transaction, feedId, state, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private static ArticleRecord Record(NewArticle article, PipelineResult? result) => new(
        article.ItemKeyHash, article.Article.Url, article.UrlHash, article.Article.Title, article.Article.Outlet, article.Article.Published,
        result?.Lead ?? (article.Analysis is null ? "" : ArticlePipeline.Lead(article.Article.Text)), article.Analysis, result?.Summary ?? "");

    private static Alerts.AlertSource Source(PipelineResult result) =>
        new(result.Article.Outlet, result.Article.Url ?? "", result.Article.Title, result.Analysis.Language);
}
