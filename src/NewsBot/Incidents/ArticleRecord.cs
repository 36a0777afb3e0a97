using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>
/// A new feed item ready to be saved. <see cref="Analysis"/> is null for baseline items (stored as seen,
/// never alerted); <see cref="Summary"/> is empty unless the article is relevant.
/// </summary>
public sealed record ArticleRecord(
    string ItemKeyHash,
    string? Url,
    string? UrlHash,
    string Title,
    string Outlet,
    DateTimeOffset? PublishedAt,
    string Lead,
    ArticleAnalysis? Analysis,
    string Summary);
