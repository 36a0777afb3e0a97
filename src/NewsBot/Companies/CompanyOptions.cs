namespace NewsBot.Companies;

/// <summary>Companies added to or overriding the built-in catalogue (companies.json).</summary>
public sealed class CompanyOptions
{
    public const string SectionName = "Companies";

    /// <summary>Extra companies; an entry with a built-in slug replaces that company.</summary>
    public List<CompanyDefinition> Entries { get; init; } = [];
}
