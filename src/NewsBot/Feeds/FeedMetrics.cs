using System.Diagnostics.Metrics;
using NewsBot.Feeds.Fetching;
using NewsBot.Incidents;

namespace NewsBot.Feeds;

/// <summary>
/// Meter "NewsBot.Feeds": what the spine did, recorded at its outcome points in <see cref="FeedChecker"/> — feed checks
/// by outcome, fetch failures by kind, fetch latency, items read, and what the pipeline made of them.
/// </summary>
public sealed class FeedMetrics
{
    public const string MeterName = "NewsBot.Feeds";

    private readonly Counter<long> _checks;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _fetchDuration;
    private readonly Counter<long> _items;
    private readonly Counter<long> _articles;
    private readonly Counter<long> _relevant;
    private readonly Counter<long> _incidents;
    private readonly Counter<long> _alerts;

    public FeedMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _checks = meter.CreateCounter<long>("newsbot.feed.checks", "{check}", "Feed checks by outcome: changed, unchanged, failed.");
        _failures = meter.CreateCounter<long>("newsbot.feed.failures", "{check}", "Failed feed checks by kind: timeout, network (also refused addresses), http_4xx, http_5xx, rate_limited, error.");
        _fetchDuration = meter.CreateHistogram<double>("newsbot.feed.fetch.duration", "s", "Time to fetch one feed, headers to last byte.");
        _items = meter.CreateCounter<long>("newsbot.feed.items", "{item}", "Items read from changed feeds.");
        _articles = meter.CreateCounter<long>("newsbot.pipeline.articles", "{article}", "New articles stored.");
        _relevant = meter.CreateCounter<long>("newsbot.pipeline.relevant_articles", "{article}", "New articles the analysis found to be about a tracked company's privacy incident.");
        _incidents = meter.CreateCounter<long>("newsbot.pipeline.incidents", "{incident}", "Incidents opened.");
        _alerts = meter.CreateCounter<long>("newsbot.pipeline.alerts", "{row}", "Alert rows queued in the outbox (one per chat).");
    }

    public void Fetched(TimeSpan duration) => _fetchDuration.Record(duration.TotalSeconds);

    public void Unchanged() => Checked("unchanged");

    public void Failed(FetchFailure failure) => Failed(KindOf(failure));

    public void Failed(string kind)
    {
        Checked("failed");
        _failures.Add(1, new KeyValuePair<string, object?>("kind", kind));
    }

    public void Changed(int items, int relevant, SaveResult saved)
    {
        Checked("changed");
        _items.Add(items);
        _articles.Add(saved.NewArticles);
        _relevant.Add(relevant);
        _incidents.Add(saved.NewIncidents);
        _alerts.Add(saved.OutboxRows);
    }

    /// <summary>A few fixed kinds, never the message: labels must stay a small set.</summary>
    internal static string KindOf(FetchFailure failure) => failure switch
    {
        { StatusCode: 429 } or { RetryAfter: not null } => "rate_limited",
        { StatusCode: >= 500 } => "http_5xx",
        { StatusCode: >= 400 } => "http_4xx",
        { Message: var message } when message.StartsWith("Timed out", StringComparison.Ordinal) => "timeout",
        _ => "network",
    };

    private void Checked(string outcome) => _checks.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
