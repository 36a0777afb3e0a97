namespace NewsBot.Incidents;

/// <summary>An article as the first report of an incident: which outlet, where, what headline.</summary>
public sealed record IncidentSource(string Outlet, string? Url, string Title);

public sealed record SaveResult(int NewArticles, int NewIncidents, int OutboxRows);
