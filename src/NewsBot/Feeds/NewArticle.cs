using NewsBot.Analysis;
using NewsBot.Pipeline;

namespace NewsBot.Feeds;

/// <summary>
/// A feed item seen for the first time, read and analysed. <see cref="Analysis"/> is null for baseline items (older
/// items of a feed's first fetch: stored as seen, never alerted).
/// </summary>
public sealed record NewArticle(string ItemKeyHash, string? UrlHash, PipelineArticle Article, ArticleAnalysis? Analysis);
