using NewsBot.Companies;
using NewsBot.Text;

namespace NewsBot.Analysis;

/// <summary>
/// Subject or mention. A company is the subject when named in the title; when the title names none, the first
/// company of the lead (first two sentences) and any other named there and at least twice in all; in any case
/// when it dominates the text (≥ 4 times and ≥ half as often as the most named). Occurrences in passing
/// (<see cref="MentionContext"/>) do not count by position. Authorities (Kominfo, BSSN, OJK) act on other companies'
/// incidents: they need two mentions to be a lead subject, never dominate a titled company, and are subjects beside
/// another company only when the title has them act in a story that is not a breach ("Kominfo Panggil WhatsApp soal
/// Kebijakan Privasi"; "Kominfo Panggil Telkom" about a leak keeps Telkom alone: there the regulator responds). Parents of subjects are added as involved mentions.
/// </summary>
internal static class SalienceRules
{
    public const int LeadLength = 400;

    /// <param name="regulatoryAction">
    /// The story is not a breach (a policy, data collection or enforcement story): an authority the title has act is one of its subjects.
    /// </param>
    public static List<CompanyMatch> Decide(
        List<CompanyOccurrence> titleHits, FoldedText title, List<CompanyOccurrence> bodyHits, FoldedText body, CompanyCatalog catalog, bool regulatoryAction = false)
    {
        var stats = new Dictionary<string, Stat>(StringComparer.Ordinal);
        var order = 0;
        var titleFlags = MentionContext.Flags(titleHits, title);
        for (var i = 0; i < titleHits.Count; i++)
        {
            var stat = Get(stats, titleHits[i], ref order);
            stat.Count++;
            stat.InTitle |= !titleFlags[i];
            stat.Acts |= regulatoryAction && !titleFlags[i] && stat.Company.Authority && AuthorityAction.After(title.Text, titleHits[i].End);
        }

        var leadEnd = LeadEnd(body.Text);
        var bodyFlags = MentionContext.Flags(bodyHits, body);
        for (var i = 0; i < bodyHits.Count; i++)
        {
            var stat = Get(stats, bodyHits[i], ref order);
            stat.Count++;
            if (bodyHits[i].Start < leadEnd && !bodyFlags[i])
            {
                stat.FirstLead = Math.Min(stat.FirstLead, bodyHits[i].Start);
            }
        }

        if (stats.Count == 0)
        {
            return [];
        }

        var max = stats.Values.Max(s => s.Count);
        var anyInTitle = stats.Values.Any(s => s.InTitle);
        var firstInLead = stats.Values.Where(s => s.FirstLead < int.MaxValue).MinBy(s => s.FirstLead);
        foreach (var s in stats.Values)
        {
            var inLead = s.FirstLead < int.MaxValue;
            s.Subject = s.Company.Authority
                ? s.InTitle || s.Acts || (!anyInTitle && inLead && s.Count >= 2) || (!anyInTitle && s.Count >= 4 && s.Count * 2 >= max)
                : s.InTitle || (!anyInTitle && (s == firstInLead || (inLead && s.Count >= 2))) || (s.Count >= 4 && s.Count * 2 >= max);
        }

        if (stats.Values.Any(s => s.Subject && !s.Company.Authority))
        {
            foreach (var s in stats.Values.Where(s => s.Company.Authority && !s.Acts))
            {
                s.Subject = false;
            }
        }

        var result = stats.Values
            .OrderByDescending(s => s.Subject)
            .ThenByDescending(s => s.InTitle)
            .ThenBy(s => s.Order)
            .Select(s => new CompanyMatch(s.Company.Slug, s.Company.Name, s.Subject ? Salience.Subject : Salience.Mention, [.. s.Surfaces]) { Count = s.Count })
            .ToList();
        AddParents(result, catalog);
        return result;
    }

    /// <summary>End of the lead in folded text: the second sentence end, at most <see cref="LeadLength"/> characters.</summary>
    internal static int LeadEnd(string s)
    {
        var sentences = 0;
        for (var i = 0; i < Math.Min(s.Length, LeadLength); i++)
        {
            if (s[i] is '.' or '!' or '?' && i + 1 < s.Length && s[i + 1] == ' ' && i > 0 && !char.IsDigit(s[i - 1]) && ++sentences == 2)
            {
                return i + 1;
            }
        }

        return Math.Min(s.Length, LeadLength);
    }

    private static void AddParents(List<CompanyMatch> result, CompanyCatalog catalog)
    {
        foreach (var subject in result.Where(m => m.Salience == Salience.Subject).ToList())
        {
            var parentSlug = catalog.Get(subject.Slug)?.ParentSlug;
            if (parentSlug is null || result.Exists(m => m.Slug == parentSlug) || catalog.Get(parentSlug) is not { } parent)
            {
                continue;
            }

            result.Add(new CompanyMatch(parent.Slug, parent.Name, Salience.Mention, []) { ImpliedBy = subject.Slug });
        }
    }

    private static Stat Get(Dictionary<string, Stat> stats, CompanyOccurrence hit, ref int order)
    {
        if (!stats.TryGetValue(hit.Company.Slug, out var stat))
        {
            stat = new Stat(hit.Company, order++);
            stats[hit.Company.Slug] = stat;
        }

        stat.Surfaces.Add(hit.Surface);
        return stat;
    }

    private sealed class Stat(Company company, int order)
    {
        public Company Company { get; } = company;

        public int Order { get; } = order;

        public SortedSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

        public int Count { get; set; }

        public bool InTitle { get; set; }

        public int FirstLead { get; set; } = int.MaxValue;

        public bool Subject { get; set; }

        /// <summary>An authority the title has act (<see cref="AuthorityAction"/>).</summary>
        public bool Acts { get; set; }
    }
}
