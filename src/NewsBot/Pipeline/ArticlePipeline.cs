using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Incidents;
using NewsBot.Summaries;

namespace NewsBot.Pipeline;

/// <summary>
/// The one path of an article, shared by the feed check, <c>newsbot analyze</c> and the quality tests:
/// cleaned text → analysis → incident decision (new, joins, follow-up) → the alert to send. Summaries are written
/// only for what will be sent. Storage is not touched: the caller loads the open incidents into the
/// <see cref="IncidentBook"/> and applies the results.
/// </summary>
public sealed class ArticlePipeline(ArticleAnalyzer analyzer, ISummarizer summarizer)
{
    /// <summary>Characters of the cleaned text kept as the article's lead for grouping.</summary>
    public const int LeadLength = 400;

    /// <summary>Sources listed in one alert when several outlets report a new incident in the same batch.</summary>
    public const int MaxAlertSources = 3;

    /// <param name="current">The analyzer of this check (catalogue plus /lacak companies); the start-up one when null.</param>
    public ArticleAnalysis Analyze(PipelineArticle article, ArticleAnalyzer? current = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return (current ?? analyzer).Analyze(article.AsInput());
    }

    /// <summary>
    /// Decides a batch in order against <paramref name="book"/> (which it updates). An article without a date counts as
    /// published at <paramref name="now"/>. Reports that join an incident opened in this batch are added to its alert.
    /// </summary>
    public async Task<IReadOnlyList<PipelineResult>> DecideAsync(
        IReadOnlyList<(PipelineArticle Article, ArticleAnalysis Analysis)> batch, IncidentBook book, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(book);
        var results = new List<PipelineResult>();
        var opened = new Dictionary<long, int>();
        foreach (var (article, analysis) in batch)
        {
            var lead = Lead(article.Text);
            var publishedAt = article.Published ?? now;
            var decision = book.Place(analysis, article.Title, lead, publishedAt);
            var source = new AlertSource(article.Outlet, article.Url ?? "", article.Title, analysis.Language);
            if (decision.Kind == DecisionKind.Joins && opened.TryGetValue(decision.IncidentId, out var first)
                && results[first].Alert is { } alert && alert.Sources.Count < MaxAlertSources
                && alert.Sources.All(s => !string.Equals(s.Outlet, article.Outlet, StringComparison.OrdinalIgnoreCase)))
            {
                results[first] = results[first] with { Alert = alert with { Sources = [.. alert.Sources, source] } };
            }

            Alert? created = null;
            if (decision.Alerts)
            {
                var summary = await SummarizeAsync(article, analysis, cancellationToken);
                created = AlertBuilder.Build(analysis, decision, book.Get(decision.IncidentId).Facts, article.Title, summary, publishedAt, source);
            }

            if (decision.Kind == DecisionKind.NewIncident)
            {
                opened[decision.IncidentId] = results.Count;
            }

            results.Add(new PipelineResult(article, analysis, lead, publishedAt, decision, created));
        }

        return results;
    }

    /// <summary>The lead used for grouping: the first <see cref="LeadLength"/> characters of the cleaned text.</summary>
    public static string Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        return trimmed.Length <= LeadLength ? trimmed : trimmed[..LeadLength];
    }

    public Task<string> SummarizeAsync(PipelineArticle article, ArticleAnalysis analysis, CancellationToken cancellationToken, int? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        return summarizer.SummarizeAsync(
            new SummaryRequest(article.Title, article.Text, analysis.Language, [.. analysis.Subjects.Select(c => c.Name)], analysis.Cues, analysis.Type, analysis.Facts, article.Published, sentences),
            cancellationToken);
    }
}
