using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Incidents;

namespace NewsBot.Pipeline;

/// <summary>An article with its cleaned text, as the feed check and <c>newsbot analyze</c> hand it to the pipeline.</summary>
public sealed record PipelineArticle(string Key, string Title, string Text, string? Url, string Outlet, DateTimeOffset? Published)
{
    public ArticleInput AsInput() => new(Key, Title, Text, Url, Published, Outlet);
}

/// <summary>
/// What the pipeline made of one article: its analysis, the lead kept for grouping, the incident decision and, when
/// the decision sends something, the alert (new incident) or follow-up with its summary.
/// </summary>
public sealed record PipelineResult(PipelineArticle Article, ArticleAnalysis Analysis, string Lead, DateTimeOffset PublishedAt, IncidentDecision Decision, Alert? Alert)
{
    public string Summary => Alert?.Summary ?? "";
}
