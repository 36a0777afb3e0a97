namespace NewsBot.Analysis;

/// <summary>A relevance cue: its weight toward "privacy incident" and, if it points at one, the incident type it suggests.</summary>
internal sealed record Cue(string Form, double Weight, IncidentType Type, double TypeWeight, bool Core);
