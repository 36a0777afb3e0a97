using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>An open incident the new article may belong to, with what its sources said.</summary>
public sealed record IncidentCandidate(
    long Id,
    string CompanySlug,
    IncidentType Type,
    IncidentFacts Facts,
    DateTimeOffset FirstReportedAt,
    IReadOnlyList<string> SourceTitles,
    IReadOnlyList<string> SourceLeads);

/// <summary>Where a new article goes: an existing incident (and whether it changes the facts enough for a follow-up alert) or a new one.</summary>
public sealed record GroupingDecision(long? IncidentId, bool FactsChanged)
{
    public static readonly GroupingDecision NewIncident = new(null, false);
}
