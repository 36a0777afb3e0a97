namespace NewsBot.Analysis;

/// <summary>The classifier's answer: relevant or not, the score, the cues that fired (as written) and the incident type.</summary>
public sealed record PrivacyVerdict(bool Relevant, double Score, IReadOnlyList<string> Cues, IncidentType Type);
