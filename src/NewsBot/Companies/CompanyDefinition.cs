using System.ComponentModel.DataAnnotations;

namespace NewsBot.Companies;

/// <summary>One company as written in companies.json or in the <c>Companies:Entries</c> configuration section.</summary>
public sealed class CompanyDefinition
{
    /// <summary>Stable key ("tokopedia"); an entry whose slug already exists replaces the built-in one.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]*$")]
    public string Slug { get; init; } = "";

    [Required]
    public string Name { get; init; } = "";

    /// <summary>Other names, matched case-insensitively as whole words.</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>Forms that only count written exactly like this ("BSI", "WA", "GoTo").</summary>
    public List<string> CapsAliases { get; init; } = [];

    /// <summary>Products that imply the company ("IndiHome" for Telkom).</summary>
    public List<string> Products { get; init; } = [];

    /// <summary>Parent company slug: involved, not the same company.</summary>
    public string? Parent { get; init; }

    /// <summary>Phrases that cancel a match they overlap or sit right next to ("meta data").</summary>
    public List<string> VetoWords { get; init; } = [];

    /// <summary>Regulator or authority (Kominfo, BSSN): a subject only when no other company is.</summary>
    public bool Authority { get; init; }

    public Company ToCompany() => new(Slug, Name, Aliases, CapsAliases, Products, Parent, VetoWords) { Authority = Authority };
}
