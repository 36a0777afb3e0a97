namespace NewsBot.Analysis;

/// <summary>A relevance cue: its weight toward "privacy incident" and, if it points at one, the incident type it suggests.</summary>
/// <param name="Form"></param>
/// <param name="Weight"></param>
/// <param name="Type"></param>
/// <param name="TypeWeight"></param>
/// <param name="Core"></param>
/// <param name="NeedsData">"bocor", "leaked": full weight only in a sentence that talks about data, else a spoiler or a gas leak.</param>
internal sealed record Cue(string Form, double Weight, IncidentType Type, double TypeWeight, bool Core, bool NeedsData);
