using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NewsBot.Analysis;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Scheduling;
using NewsBot.Pipeline;
using NewsBot.Text;

namespace NewsBot.Feeds;

/// <summary>
/// The spine of NewsBot. For each due feed: fetch → parse → skip what was seen → read and clean the article →
/// analyse (<see cref="ArticlePipeline"/>) → decide incidents, summarise what will be sent and save it all with the
/// feed's new state in one transaction (<see cref="FeedCheckSaver"/>). The dispatcher delivers the outbox.
/// One failing feed never stops the others.
/// </summary>
public sealed class FeedChecker(
    FeedStore feeds,
    FeedFetcher fetcher,
    ArticlePageExtractor pages,
    CompanySource companies,
    ArticlePipeline pipeline,
    FeedCheckSaver saver,
    FeedMetrics metrics,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedChecker> logger)
{
    /// <summary>Checks every due feed (every enabled feed when <paramref name="force"/>) once; the demo and tests use it.</summary>
    public async Task CheckAllAsync(bool force, CancellationToken cancellationToken)
    {
        var due = await feeds.DueAsync(force, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (feed, token) => await CheckSafelyAsync(feed, token));
    }

    /// <summary><see cref="CheckFeedAsync"/>, with any failure recorded on the feed instead of thrown.</summary>
    public async Task CheckSafelyAsync(FeedState feed, CancellationToken cancellationToken)
    {
        try
        {
            await CheckFeedAsync(feed, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Checking feed {Feed} failed", feed.Name);
            metrics.Failed("error");
            await RecordFailureAsync(feed, new FetchFailure(null, ex.GetType().Name + ": " + ex.Message, null), cancellationToken);
        }
    }

    public async Task CheckFeedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        // 1. Fetch with the validators of the last success, so an unchanged feed costs a 304.
        var started = clock.GetTimestamp();
        var fetched = await fetcher.FetchAsync(new Uri(feed.Url), new FetchValidators(feed.ETag, feed.LastModified), cancellationToken);
        metrics.Fetched(clock.GetElapsedTime(started));
        if (fetched.Failure is { } failure)
        {
            metrics.Failed(failure);
            await RecordFailureAsync(feed, failure, cancellationToken);
            return;
        }

        if (fetched.MovedPermanentlyTo is { } moved)
        {
            logger.LogInformation("Feed {Feed} moved permanently to {Url}", feed.Name, moved);
            await feeds.MoveAsync(feed.Id, moved, cancellationToken);
        }

        // The schedule counts from the answer, not from the start of the check: a request that waited for its host's
        // turn past a slot boundary still gets its next check in a later slot, never a second one in the same slot.
        var now = clock.GetUtcNow();
        var bodyHash = fetched.Body is { } bytes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
        if (fetched.NotModified || (bodyHash is not null && bodyHash == feed.BodySha256))
        {
            await feeds.WriteUnchangedAsync(feed.Id, FeedSchedule.NextAfterSuccess(now, options.Value.Interval, feed.Id, fetched.Hints, feed.Hints), cancellationToken);
            metrics.Unchanged();
            return;
        }

        // 2. Parse. A broken document still yields the items before the break.
        var parsed = FeedParser.Parse(fetched.Body, fetched.FinalUrl, fetched.ContentType);
        if (parsed.Error is not null)
        {
            logger.LogWarning("Feed {Feed} is not clean: {Error}; {Count} items recovered", feed.Name, parsed.Error, parsed.Items.Count);
        }

        // 3. Skip items this feed has shown before (also when re-published with a new date). After a break,
        //    a last item with neither id nor link was cut short: leave it to be read whole next time.
        var complete = parsed.Error is not null && parsed.Items is [.., { Id: null, Link: null }] ? parsed.Items.SkipLast(1).ToList() : parsed.Items;
        var items = ItemKeys.Assign(complete).DistinctBy(entry => entry.Key).ToList();
        var seen = await feeds.SeenAsync(feed.Id, [.. items.Select(entry => entry.Key)], cancellationToken);

        // 4. Read and analyse what is new, outside the transaction: this is the slow part.
        //    The analyzer knows the catalogue plus the companies chats track now (/lacak), without a restart.
        var analyzer = await companies.AnalyzerAsync(cancellationToken);
        var records = new List<NewArticle>();
        foreach (var (item, key) in items.Where(entry => !seen.Contains(entry.Key)))
        {
            records.Add(await PrepareAsync(analyzer, feed, item, key, now, cancellationToken));
        }

        // 5. Decide incidents, summarise what will be sent, save it with the feed's new state.
        var hints = ScheduleHints.From(parsed);
        var next = FeedSchedule.NextAfterSuccess(now, options.Value.Interval, feed.Id, fetched.Hints, hints);
        var state = new FeedFetchState(fetched.ETag, fetched.LastModified, bodyHash, now, next, hints);
        var saved = await saver.SaveAsync(feed.Id, records, state, options.Value.IncidentWindow, cancellationToken);
        metrics.Changed(parsed.Items.Count, records.Count(r => r.Analysis is { Relevant: true }), saved);
        logger.LogInformation(
            "Checked {Feed}: {Items} items, {New} new articles, {Incidents} new incidents, {Alerts} alerts queued",
            feed.Name, parsed.Items.Count, saved.NewArticles, saved.NewIncidents, saved.OutboxRows);
    }

    private async Task<NewArticle> PrepareAsync(ArticleAnalyzer analyzer, FeedState feed, FeedItem item, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var title = item.Title ?? "";
        var urlHash = item.Link is null ? null : ItemKeys.Hash(ItemKeys.CanonicalUrl(item.Link));

        // On a feed's first fetch, older items are the baseline: remembered, never alerted.
        var published = item.Published ?? item.Updated;
        if (!feed.BaselineDone && (published is null || published < now - options.Value.FirstFetchAlertWindow))
        {
            return new NewArticle(key, urlHash, new PipelineArticle(key, title, "", item.Link, feed.Name, published), null);
        }

        var article = new PipelineArticle(key, title, ArticleCleaner.Clean(await ReadTextAsync(item, cancellationToken), title), item.Link, feed.Name, published);
        return new NewArticle(key, urlHash, article, pipeline.Analyze(article, analyzer));
    }

    /// <summary>The item's own text, or the article page's when the feed carries only a teaser.</summary>
    private async Task<string> ReadTextAsync(FeedItem item, CancellationToken cancellationToken)
    {
        var text = item.Content is { Length: > 0 } content ? content : item.Summary ?? "";
        if (text.Length >= options.Value.TeaserLength || item.Link is null || !Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
        {
            return text;
        }

        var page = await pages.ExtractAsync(link, cancellationToken);
        return page is { Length: > 0 } && page.Length > text.Length ? page : text;
    }

    private async Task RecordFailureAsync(FeedState feed, FetchFailure failure, CancellationToken cancellationToken)
    {
        var failures = feed.ConsecutiveFailures + 1;
        var decision = FeedSchedule.NextAfterFailure(clock.GetUtcNow(), options.Value.Interval, failures, feed.FailingSince, failure, (Random.Shared.NextDouble() * 2) - 1);
        if (!decision.CountsAsFailure)
        {
            logger.LogInformation("Feed {Feed} asked us to wait until {Next}", feed.Name, decision.NextCheckAt);
            await feeds.WriteUnchangedAsync(feed.Id, decision.NextCheckAt, cancellationToken);
            return;
        }

        logger.LogWarning("Feed {Feed} failed ({Failures} in a row): {Error}", feed.Name, failures, failure.Message);
        if (decision.DisabledReason is not null)
        {
            logger.LogError("Feed {Feed} disabled: {Reason}", feed.Name, decision.DisabledReason);
        }

        await feeds.WriteFailureAsync(feed.Id, failure.Message, decision.NextCheckAt, decision.DisabledReason, cancellationToken);
    }
}
