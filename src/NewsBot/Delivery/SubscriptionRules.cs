using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Delivery;

/// <summary>
/// What one chat follows, the single source of truth for routing and for /langganan.
/// <paramref name="AllTypes"/>: following every catalogue company ("semua"), limited to these types (empty = every
/// type); null when not following all. <paramref name="Companies"/>: companies followed by name, each with its type
/// filter (empty = every type). <paramref name="Excluded"/>: companies left out of "semua".
/// </summary>
public sealed record SubscriptionRules(
    IReadOnlySet<IncidentType>? AllTypes,
    IReadOnlyDictionary<string, IReadOnlySet<IncidentType>> Companies,
    IReadOnlySet<string> Excluded)
{
    public const string AllKey = "*";

    public static readonly SubscriptionRules Empty = new(null, new Dictionary<string, IReadOnlySet<IncidentType>>(), new HashSet<string>());

    public bool FollowsAll => AllTypes is not null;

    public bool IsEmpty => AllTypes is null && Companies.Count == 0;

    /// <summary>
    /// Whether an incident about <paramref name="slugs"/> (subjects and their parents) of <paramref name="type"/> reaches
    /// this chat. A company followed by name decides for itself; "semua" covers catalogue companies that are neither
    /// excluded nor followed by name with another filter, and never a company another chat tracks with /lacak.
    /// </summary>
    public bool Receives(IReadOnlyCollection<string> slugs, IncidentType type)
    {
        if (slugs.Any(slug => Companies.TryGetValue(slug, out var types) && Allows(types, type)))
        {
            return true;
        }

        return AllTypes is { } all && Allows(all, type)
            && slugs.Any(slug => !TrackedCompany.IsTrackedSlug(slug))
            && !slugs.Any(slug => Excluded.Contains(slug) || Companies.ContainsKey(slug));
    }

    /// <summary>Whether the chat receives anything about <paramref name="slug"/>: by name or through "semua".</summary>
    public IReadOnlySet<IncidentType>? TypesFor(string slug) =>
        Companies.TryGetValue(slug, out var types) ? types : AllTypes is { } all && !Excluded.Contains(slug) ? all : null;

    /// <summary>
    /// The rules once the chat stops receiving <paramref name="types"/> about <paramref name="slugs"/> (null: about
    /// everything it follows). A company whose last type goes is dropped, and excluded while "semua" still covers it,
    /// so it never falls back to the wider "semua" filter.
    /// </summary>
    public SubscriptionRules WithoutTypes(IReadOnlyCollection<string>? slugs, IReadOnlySet<IncidentType> types)
    {
        var all = slugs is null && AllTypes is { } allTypes ? Minus(allTypes, types) : AllTypes;
        var companies = new Dictionary<string, IReadOnlySet<IncidentType>>(Companies, StringComparer.Ordinal);
        var excluded = all is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(Excluded, StringComparer.Ordinal);
        foreach (var slug in slugs ?? [.. Companies.Keys])
        {
            if (TypesFor(slug) is not { } current || !Covers(current, types))
            {
                continue;
            }

            if (Minus(current, types) is { } left)
            {
                companies[slug] = left;
            }
            else
            {
                companies.Remove(slug);
                if (all is not null)
                {
                    excluded.Add(slug);
                }
            }
        }

        return new SubscriptionRules(all, companies, excluded);
    }

    /// <summary>The rows <see cref="FromRows"/> reads back into these rules.</summary>
    public IEnumerable<(string Slug, string Types, bool Excluded)> ToRows()
    {
        if (AllTypes is { } all)
        {
            yield return (AllKey, FormatTypes(all), false);
        }

        foreach (var (slug, types) in Companies)
        {
            yield return (slug, FormatTypes(types), false);
        }

        foreach (var slug in Excluded)
        {
            yield return (slug, "", true);
        }
    }

    /// <summary>Builds the rules from subscription rows (slug, comma-separated types, excluded).</summary>
    public static SubscriptionRules FromRows(IEnumerable<(string Slug, string Types, bool Excluded)> rows)
    {
        IReadOnlySet<IncidentType>? all = null;
        var companies = new Dictionary<string, IReadOnlySet<IncidentType>>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (slug, types, isExcluded) in rows)
        {
            if (isExcluded)
            {
                excluded.Add(slug);
            }
            else if (slug == AllKey)
            {
                all = ParseTypes(types);
            }
            else
            {
                companies[slug] = ParseTypes(types);
            }
        }

        return new SubscriptionRules(all, companies, excluded);
    }

    public static string FormatTypes(IEnumerable<IncidentType> types) => string.Join(",", types.Order());

    private static HashSet<IncidentType> ParseTypes(string types) =>
        [.. types.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Enum.TryParse<IncidentType>(t, out var v) ? v : (IncidentType?)null).OfType<IncidentType>()];

    /// <summary><paramref name="types"/> without <paramref name="removed"/> (empty = every type); null when none is left.</summary>
    private static HashSet<IncidentType>? Minus(IReadOnlySet<IncidentType> types, IReadOnlySet<IncidentType> removed)
    {
        var left = new HashSet<IncidentType>(types.Count == 0 ? Enum.GetValues<IncidentType>() : types);
        left.ExceptWith(removed);
        return left.Count == 0 ? null : left;
    }

    /// <summary>Whether a filter lets through at least one of <paramref name="types"/>.</summary>
    public static bool Covers(IReadOnlySet<IncidentType> filter, IReadOnlySet<IncidentType> types) => filter.Count == 0 || filter.Overlaps(types);

    private static bool Allows(IReadOnlySet<IncidentType> types, IncidentType type) => types.Count == 0 || types.Contains(type);
}
