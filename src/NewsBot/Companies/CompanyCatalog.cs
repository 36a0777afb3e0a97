using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Analysis;

namespace NewsBot.Companies;

/// <summary>The companies NewsBot knows: the built-in companies.json plus configured entries that add or override.</summary>
public sealed class CompanyCatalog
{
    private const string ResourceSuffix = "Companies.companies.json";
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, Company> _bySlug;
    private readonly Dictionary<string, Company> _byName;

    public CompanyCatalog(IOptions<CompanyOptions> options)
        : this(LoadBuiltIn().Concat(options.Value.Entries))
    {
    }

    internal CompanyCatalog(IEnumerable<CompanyDefinition> definitions)
        : this(definitions.Select(d => d.ToCompany()))
    {
    }

    private CompanyCatalog(IEnumerable<Company> companies)
    {
        _bySlug = new Dictionary<string, Company>(StringComparer.OrdinalIgnoreCase);
        foreach (var company in companies)
        {
            _bySlug[company.Slug] = company;
        }

        All = [.. _bySlug.Values.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        _byName = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (var company in All)
        {
            // Products last so that a product never shadows a company's own name.
            foreach (var key in NamesOf(company).Concat(company.Products))
            {
                _byName.TryAdd(FoldedText.FoldPattern(key), company);
            }
        }
    }

    public IReadOnlyList<Company> All { get; }

    /// <summary>This catalogue plus <paramref name="extra"/> companies (those chats track with /lacak).</summary>
    public CompanyCatalog With(IEnumerable<Company> extra) => new(All.Concat(extra));

    public Company? Get(string slug) => _bySlug.GetValueOrDefault(slug.Trim());

    /// <summary>By slug, name, alias, short form or product (a product gives the company it implies); case-insensitive.</summary>
    public Company? Find(string nameOrAlias)
    {
        if (string.IsNullOrWhiteSpace(nameOrAlias))
        {
            return null;
        }

        return Get(nameOrAlias) ?? _byName.GetValueOrDefault(FoldedText.FoldPattern(nameOrAlias));
    }

    /// <summary>For autocomplete: names and aliases starting with the prefix first, then those containing it.</summary>
    public IEnumerable<Company> Search(string prefix, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var folded = FoldedText.FoldPattern(prefix ?? "");
        if (folded.Length == 0)
        {
            return All.Take(max);
        }

        return All
            .Select(c => (Company: c, Rank: Rank(c, folded)))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Company.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(x => x.Company)
            .ToList() is { } found && found.Count > 0
            ? found
            : CompanySuggestions.Closest(All, prefix!, max);
    }

    internal static IEnumerable<string> NamesOf(Company company) =>
        new[] { company.Slug, company.Name }.Concat(company.Aliases).Concat(company.CapsAliases);

    internal static List<CompanyDefinition> LoadBuiltIn()
    {
        var assembly = typeof(CompanyCatalog).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<List<CompanyDefinition>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("companies.json is empty.");
    }

    private static int Rank(Company company, string folded)
    {
        var best = 3;
        foreach (var name in NamesOf(company))
        {
            var n = FoldedText.FoldPattern(name);
            if (n.StartsWith(folded, StringComparison.Ordinal))
            {
                best = Math.Min(best, n == FoldedText.FoldPattern(company.Name) ? 0 : 1);
            }
            else if (n.Contains(folded, StringComparison.Ordinal))
            {
                best = Math.Min(best, 2);
            }
        }

        return best;
    }
}
