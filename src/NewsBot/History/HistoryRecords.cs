using NewsBot.Analysis;

namespace NewsBot.History;

/// <summary>One incident in a listing (<c>/insiden</c>, <c>/terbaru</c>) with the articles that reported it, oldest first.</summary>
public sealed record IncidentListing(
    long Id, string CompanySlug, IncidentType Type, IncidentStatus Status, string Title, DateTimeOffset FirstReportedAt, IReadOnlyList<ReportingArticle> Articles);

/// <summary>An article as history shows it: which outlet, what headline, where to read it, when.</summary>
/// <param name="Joined">Another outlet's report that joined the incident without an alert ("Juga diberitakan").</param>
public sealed record ReportingArticle(string Outlet, string Title, string? Url, DateTimeOffset PublishedAt, bool Joined = false);

/// <summary>One incident with everything known about it: its facts, every subject company and every reporting article.</summary>
public sealed record IncidentDetail(
    IncidentListing Incident, string Summary, long? Records, IReadOnlyList<string> DataTypes, string? Actor, IReadOnlyList<string> CompanySlugs, DateTimeOffset UpdatedAt);

/// <summary>A page of items and how many there are in all.</summary>
public sealed record HistoryPage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A half-open time range [From, To); either end may be open.</summary>
public sealed record TimeRange(DateTimeOffset? From, DateTimeOffset? To)
{
    public static readonly TimeRange All = new(null, null);
}
