namespace NewsBot.Companies;

/// <summary>A tracked company or public body.</summary>
/// <param name="Slug">Stable key used in subscriptions ("tokopedia").</param>
/// <param name="Name"></param>
/// <param name="Aliases">Other names matched case-insensitively as whole words ("Tokped").</param>
/// <param name="CapsAliases">Short forms that only count written in capitals ("BSI", "WA").</param>
/// <param name="Products">Products that imply the company ("IndiHome" → Telkom).</param>
/// <param name="ParentSlug">Parent company, involved but not the same ("whatsapp" → "meta").</param>
/// <param name="VetoWords">Words that cancel a match nearby ("meta data").</param>
public sealed record Company(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CapsAliases,
    IReadOnlyList<string> Products,
    string? ParentSlug,
    IReadOnlyList<string> VetoWords)
{
    /// <summary>
    /// A regulator or public authority (Kominfo, BSSN, OJK, Polri) that often appears in other companies' incidents:
    /// named in a title beside another company it is a mention, not the subject.
    /// </summary>
    public bool Authority { get; init; }
}
