using NewsBot.Analysis;

namespace NewsBot.Alerts;

/// <summary>
/// One alert as stored in the outbox and rendered by each platform. All strings are plain text
/// straight from feeds or our own Indonesian templates: platforms must escape them.
/// </summary>
public sealed record Alert(
    string CompanyName,
    IncidentType Type,
    bool IsUpdate,
    DateTimeOffset PublishedAt,
    string Title,
    string Summary,
    IReadOnlyList<AlertSource> Sources,
    IncidentFacts Facts,
    string Why);

/// <summary>An article that reported the incident.</summary>
public sealed record AlertSource(string Outlet, string Url, string Title, string Language);
