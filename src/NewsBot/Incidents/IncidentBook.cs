using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>
/// The open incidents an article can join, in memory: loaded from storage by the bot, empty for
/// <c>newsbot analyze --group</c>. <see cref="Place"/> decides and then records the article, so later articles of the
/// same batch see the incidents earlier ones opened. Pure: no I/O, no clock.
/// </summary>
public sealed class IncidentBook(TimeSpan window)
{
    private readonly List<BookIncident> _incidents = [];
    private long _nextProvisional = -1;

    public IReadOnlyList<BookIncident> Incidents => _incidents;

    /// <summary>Adds a stored incident (the bot loads a company's incidents within the window before deciding).</summary>
    public void Add(BookIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (_incidents.All(i => i.Id != incident.Id))
        {
            _incidents.Add(incident);
        }
    }

    public BookIncident Get(long id) => _incidents.First(i => i.Id == id);

    /// <summary>Decides where an analysed article goes and records it there.</summary>
    public IncidentDecision Place(ArticleAnalysis analysis, string title, string lead, DateTimeOffset publishedAt)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var slugs = analysis.Subjects.Select(s => s.Slug).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!analysis.Relevant || slugs.Count == 0)
        {
            return IncidentDecision.None;
        }

        foreach (var slug in slugs)
        {
            var candidates = _incidents.Where(i => i.Companies.Contains(slug)).Select(i => i.AsCandidate(slug)).ToList();
            if (IncidentGrouper.Decide(analysis, title, lead, publishedAt, slug, candidates, window) is { IncidentId: { } id })
            {
                var incident = Get(id);
                var changes = IncidentGrouper.Changes(incident.Facts, incident.Type, incident.RegulatorActed, incident.ArrestKnown, analysis, title, lead);
                incident.Record(slugs, title, lead, analysis);
                return new IncidentDecision(changes.Count > 0 ? DecisionKind.FollowUp : DecisionKind.Joins, id, changes);
            }
        }

        var created = new BookIncident(_nextProvisional--, analysis.Type, IncidentFacts.None, analysis.Facts.FirstReported ?? publishedAt);
        created.Record(slugs, title, lead, analysis);
        _incidents.Add(created);
        return new IncidentDecision(DecisionKind.NewIncident, created.Id, []);
    }
}

/// <summary>One incident in an <see cref="IncidentBook"/>: its merged facts and what its reports said.</summary>
public sealed class BookIncident(long id, IncidentType type, IncidentFacts facts, DateTimeOffset firstReportedAt)
{
    public long Id { get; } = id;

    public IncidentType Type { get; } = type;

    public IncidentFacts Facts { get; private set; } = facts;

    public DateTimeOffset FirstReportedAt { get; } = firstReportedAt;

    public HashSet<string> Companies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Titles { get; } = [];

    public List<string> Leads { get; } = [];

    /// <summary>True once a report was typed as a regulator's action.</summary>
    public bool RegulatorKnown { get; set; }

    /// <summary>True once a regulator's action was reported (by type or a headline with a regulator acting), so a second report of it is no news.</summary>
    public bool RegulatorActed => RegulatorKnown || Titles.Any(t => RegulatorAction.InTitle(t) is not null);

    /// <summary>True once a report told of an arrest, so the next one is no news.</summary>
    public bool ArrestKnown => Titles.Zip(Leads).Any(report => ArrestReport.Mentions(report.First + " " + report.Second));

    internal IncidentCandidate AsCandidate(string slug) => new(Id, slug, Type, Facts, FirstReportedAt, Titles, Leads);

    internal void Record(IEnumerable<string> slugs, string title, string lead, ArticleAnalysis article)
    {
        Companies.UnionWith(slugs);
        Titles.Add(title);
        Leads.Add(lead);
        Facts = IncidentGrouper.Merge(Facts, article.Facts);
        RegulatorKnown |= article.Type == IncidentType.RegulatoryAction;
    }
}
