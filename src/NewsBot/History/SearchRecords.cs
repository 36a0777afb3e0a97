namespace NewsBot.History;

/// <summary>One stored article matching a search; <paramref name="CompanySlug"/> is set when it belongs to an incident.</summary>
public sealed record SearchHit(long ArticleId, long? IncidentId, string? CompanySlug, string Outlet, string Title, string? Url, DateTimeOffset PublishedAt);

/// <summary>
/// One page of hits, best first, and how many matched. When <paramref name="Capped"/> is true the term is so common
/// that only the newest <see cref="ArticleSearch.CandidateLimit"/> matches were ranked, and <paramref name="Total"/> is that limit (a lower bound).
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool Capped)
{
    public static readonly SearchResults Empty = new([], 0, false);
}
