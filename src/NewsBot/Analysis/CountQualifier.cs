namespace NewsBot.Analysis;

/// <summary>How the text hedges a record count: "lebih dari 1,3 miliar", "sekitar 279 juta", "up to 10 million".</summary>
public enum CountQualifier
{
    Exact,
    MoreThan,
    About,
    Nearly,
    UpTo,
}
