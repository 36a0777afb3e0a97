using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>
/// Groups a batch of analysed articles in order, as the bot would: the first relevant article about a subject company
/// opens incident 1, later ones join or open the next number. In-memory stand-in for IncidentStore, for
/// <c>newsbot analyze --group</c> and the quality test.
/// </summary>
public sealed class BatchGrouper(TimeSpan window)
{
    private readonly List<Entry> _incidents = [];

    public BatchGrouper()
        : this(IncidentGrouper.DefaultWindow)
    {
    }

    /// <summary>The incident number (1-based) the article belongs to, or null when it is not relevant or has no subject company.</summary>
    public int? Assign(ArticleInput input, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(analysis);
        var subjects = analysis.Subjects.Select(s => s.Slug).ToList();
        if (!analysis.Relevant || subjects.Count == 0)
        {
            return null;
        }

        var title = input.Title ?? "";
        var lead = Lead(input.Text);
        var published = input.Published ?? analysis.Facts.FirstReported ?? DateTimeOffset.UnixEpoch;
        foreach (var slug in subjects)
        {
            var candidates = _incidents
                .Where(e => e.Companies.Contains(slug))
                .Select(e => new IncidentCandidate(e.Number, slug, e.Type, e.Facts, e.FirstReportedAt, e.Titles, e.Leads))
                .ToList();
            var decision = IncidentGrouper.Decide(analysis, title, lead, published, slug, candidates, window);
            if (decision.IncidentId is { } id)
            {
                var entry = _incidents[(int)id - 1];
                entry.Titles.Add(title);
                entry.Leads.Add(lead);
                entry.Facts = IncidentGrouper.Merge(entry.Facts, analysis.Facts);
                entry.Companies.UnionWith(subjects);
                return entry.Number;
            }
        }

        var created = new Entry(_incidents.Count + 1, analysis.Type, analysis.Facts, published);
        created.Companies.UnionWith(subjects);
        created.Titles.Add(title);
        created.Leads.Add(lead);
        _incidents.Add(created);
        return created.Number;
    }

    /// <summary>The lead used for grouping: the first 300 characters of the text.</summary>
    public static string Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        return trimmed.Length <= 300 ? trimmed : trimmed[..300];
    }

    private sealed class Entry(int number, IncidentType type, IncidentFacts facts, DateTimeOffset firstReportedAt)
    {
        public int Number { get; } = number;

        public IncidentType Type { get; } = type;

        public IncidentFacts Facts { get; set; } = facts;

        public DateTimeOffset FirstReportedAt { get; } = firstReportedAt;

        public HashSet<string> Companies { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Titles { get; } = [];

        public List<string> Leads { get; } = [];
    }
}
