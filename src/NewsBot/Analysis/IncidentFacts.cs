namespace NewsBot.Analysis;

/// <summary>Facts an article states about an incident; anything not stated stays null or empty.</summary>
public sealed record IncidentFacts(long? Records, IReadOnlyList<string> DataTypes, string? Actor, IncidentStatus Status, DateTimeOffset? FirstReported)
{
    public static readonly IncidentFacts None = new(null, [], null, IncidentStatus.Unknown, null);

    /// <summary>The hedge the text puts on <see cref="Records"/> ("lebih dari", "sekitar"); Exact when it states none.</summary>
    public CountQualifier RecordsQualifier { get; init; }
}
