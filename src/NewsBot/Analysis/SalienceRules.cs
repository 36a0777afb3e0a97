using NewsBot.Companies;

namespace NewsBot.Analysis;

/// <summary>
/// Subject or mention. A company is the subject when named in the title; when the title names none, the first
/// company of the lead (and any other named in the lead at least twice); in any case when it dominates the text
/// (≥ 3 times and ≥ half as often as the most named). Authorities (Kominfo, BSSN, OJK) are subjects only when no
/// other company is. Parents of subjects are added as involved mentions.
/// </summary>
internal static class SalienceRules
{
    public static List<CompanyMatch> Decide(
        List<CompanyOccurrence> titleHits, List<CompanyOccurrence> bodyHits, int leadEnd, CompanyCatalog catalog)
    {
        var stats = new Dictionary<string, Stat>(StringComparer.Ordinal);
        var order = 0;
        foreach (var hit in titleHits)
        {
            Get(stats, hit, ref order).Title++;
        }

        foreach (var hit in bodyHits)
        {
            var stat = Get(stats, hit, ref order);
            stat.Body++;
            if (hit.Start < leadEnd)
            {
                stat.Lead++;
                stat.FirstLead = Math.Min(stat.FirstLead, hit.Start);
            }
        }

        if (stats.Count == 0)
        {
            return [];
        }

        var max = stats.Values.Max(s => s.Total);
        var anyInTitle = stats.Values.Any(s => s.Title > 0);
        var firstInLead = stats.Values.Where(s => s.Lead > 0).OrderBy(s => s.FirstLead).FirstOrDefault();
        foreach (var s in stats.Values)
        {
            s.Subject = s.Title > 0
                || (!anyInTitle && (s == firstInLead || s.Lead >= 2))
                || (s.Total >= 3 && s.Total * 2 >= max);
        }

        if (stats.Values.Any(s => s.Subject && !s.Company.Authority))
        {
            foreach (var s in stats.Values.Where(s => s.Company.Authority))
            {
                s.Subject = false;
            }
        }

        var result = stats.Values
            .OrderByDescending(s => s.Subject)
            .ThenByDescending(s => s.Title > 0)
            .ThenBy(s => s.Order)
            .Select(s => new CompanyMatch(s.Company.Slug, s.Company.Name, s.Subject ? Salience.Subject : Salience.Mention, [.. s.Surfaces]) { Count = s.Total })
            .ToList();
        AddParents(result, catalog);
        return result;
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

        public int Title { get; set; }

        public int Body { get; set; }

        public int Lead { get; set; }

        public int FirstLead { get; set; } = int.MaxValue;

        public int Total => Title + Body;

        public bool Subject { get; set; }
    }
}
