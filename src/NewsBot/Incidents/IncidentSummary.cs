using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>One line of a company's incident history.</summary>
public sealed record IncidentSummary(long Id, IncidentType Type, IncidentStatus Status, string Title, DateTimeOffset FirstReportedAt, IReadOnlyList<IncidentSource> Sources);

public sealed record IncidentSource(string Outlet, string? Url, string Title);

public sealed record SaveResult(int NewArticles, int NewIncidents, int OutboxRows);
