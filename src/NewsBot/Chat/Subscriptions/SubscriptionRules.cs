using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Chat.Subscriptions;

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

    private static bool Allows(IReadOnlySet<IncidentType> types, IncidentType type) => types.Count == 0 || types.Contains(type);
}
