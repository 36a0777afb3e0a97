using NewsBot.Analysis;

namespace NewsBot.Summaries;

/// <param name="Text">Cleaned article body (boilerplate already removed).</param>
/// <param name="Language">"id", "en" or another code from the language detector.</param>
/// <param name="MaxSentences">How many sentences the summary may have; null takes <c>Summaries:MaxSentences</c> (chat: 2–3).</param>
public sealed record SummaryRequest(
    string Title,
    string Text,
    string Language,
    IReadOnlyList<string> CompanyNames,
    IReadOnlyList<string> Cues,
    IncidentType Type,
    IncidentFacts Facts,
    DateTimeOffset? Published,
    int? MaxSentences = null);
