using NewsBot.Analysis;

namespace NewsBot.Incidents;

/// <summary>
/// Pure decision: does a new article about <c>companySlug</c> join one of the company's open incidents?
/// Candidates must be the same company and within the window; among them the article joins the best-scoring one when
/// its score reaches <see cref="JoinThreshold"/>. The score adds title/lead similarity (character 4-gram cosine),
/// type agreement (same type, or both in the breach family leak/hack/ransomware; other families count against),
/// equal record counts and the same actor; a different named actor counts against. Cross-language reports of one
/// event join on company + type + facts even when their words share little.
/// </summary>
public static class IncidentGrouper
{
    public const double JoinThreshold = 0.35;

    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(14);

    public static GroupingDecision Decide(
        ArticleAnalysis article,
        string title,
        string lead,
        DateTimeOffset publishedAt,
        string companySlug,
        IReadOnlyList<IncidentCandidate> candidates,
        TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidates);
        var text = title + " " + lead;
        IncidentCandidate? best = null;
        var bestScore = JoinThreshold;
        foreach (var candidate in candidates)
        {
            if (!string.Equals(candidate.CompanySlug, companySlug, StringComparison.OrdinalIgnoreCase)
                || (publishedAt - candidate.FirstReportedAt).Duration() > window)
            {
                continue;
            }

            if (!SameKindOfEvent(article, text, candidate))
            {
                continue;
            }

            var score = Score(article, text, candidate);
            if (score >= bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best is null ? GroupingDecision.NewIncident : new GroupingDecision(best.Id, FactsChanged(best.Facts, article.Facts));
    }

    /// <summary>
    /// A leak, a policy change and a regulator's fine of one company are different events: an article of another
    /// family joins only when its text ties it to the incident (the same record count or the same named actor).
    /// </summary>
    public static bool SameKindOfEvent(ArticleAnalysis article, string titleAndLead, IncidentCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidate);
        if (Family(article.Type) == Family(candidate.Type) || article.Type == IncidentType.Other || candidate.Type == IncidentType.Other)
        {
            return true;
        }

        var a = article.Facts;
        var c = candidate.Facts;
        var sameCount = a.Records is { } ar && c.Records is { } cr && Math.Abs(ar - cr) <= 0.05 * Math.Max(ar, cr);
        var sameActor = c.Actor is { Length: > 0 } actor && (string.Equals(a.Actor, actor, StringComparison.OrdinalIgnoreCase)
            || titleAndLead.Contains(actor, StringComparison.OrdinalIgnoreCase));
        return sameCount || sameActor;
    }

    /// <summary>What an article adds to an incident it joins: the facts that make a follow-up ("Pembaruan") worth sending.</summary>
    public static IReadOnlyList<FactChange> Changes(IncidentFacts known, IncidentType knownType, bool regulatorKnown, bool arrestKnown, ArticleAnalysis article, string title, string lead)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(article);
        var incoming = article.Facts;
        var changes = new List<FactChange>();
        if (incoming.Status == IncidentStatus.Confirmed && known.Status != IncidentStatus.Confirmed)
        {
            changes.Add(new FactChange(FactChangeKind.Confirmed));
        }
        else if (incoming.Status == IncidentStatus.Denied && known.Status is IncidentStatus.Unknown or IncidentStatus.Alleged)
        {
            changes.Add(new FactChange(FactChangeKind.Denied));
        }

        if (incoming.Records is { } n && known.Records is { } k && n > k * 1.1)
        {
            changes.Add(new FactChange(FactChangeKind.MoreRecords, k, n));
        }

        // An arrest is told as such, not also as the police acting.
        var arrested = !arrestKnown && ArrestReport.Mentions(title + " " + lead);
        var acting = RegulatorAction.InTitle(title);
        if ((article.Type == IncidentType.RegulatoryAction || acting is not null) && knownType != IncidentType.RegulatoryAction && !regulatorKnown && !arrested)
        {
            changes.Add(new FactChange(FactChangeKind.RegulatorActs, Detail: acting));
        }

        if (arrested)
        {
            changes.Add(new FactChange(FactChangeKind.SuspectArrested));
        }

        return changes;
    }

    private static int Family(IncidentType type) => IsBreach(type) ? (int)IncidentType.DataLeak : (int)type;

    /// <summary>Score of one candidate (exposed for tests and tuning).</summary>
    public static double Score(ArticleAnalysis article, string titleAndLead, IncidentCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidate);
        var similarity = 0.0;
        for (var i = 0; i < Math.Max(candidate.SourceTitles.Count, candidate.SourceLeads.Count); i++)
        {
            var other = (i < candidate.SourceTitles.Count ? candidate.SourceTitles[i] : "") + " "
                + (i < candidate.SourceLeads.Count ? candidate.SourceLeads[i] : "");
            similarity = Math.Max(similarity, TextSimilarity.Cosine(titleAndLead, other));
        }

        var score = 0.1 + similarity + TypeScore(article.Type, candidate.Type);
        var a = article.Facts;
        var c = candidate.Facts;
        if (a.Records is { } ar && c.Records is { } cr && Math.Abs(ar - cr) <= 0.05 * Math.Max(ar, cr))
        {
            score += 0.3;
        }

        if (a.Actor is not null && c.Actor is not null)
        {
            // Reports name the actor differently ("Brain Cipher", "a LockBit 3.0 variant"): one naming the other's actor agrees.
            var agree = string.Equals(a.Actor, c.Actor, StringComparison.OrdinalIgnoreCase)
                || titleAndLead.Contains(c.Actor, StringComparison.OrdinalIgnoreCase)
                || candidate.SourceTitles.Concat(candidate.SourceLeads).Any(t => t.Contains(a.Actor, StringComparison.OrdinalIgnoreCase));
            score += agree ? 0.3 : -0.4;
        }

        return score;
    }

    /// <summary>
    /// A follow-up alert is due when the article moves the status on (confirmed, or denied after a claim) or states
    /// a larger record count (or the first one); a re-report of known facts is not.
    /// </summary>
    public static bool FactsChanged(IncidentFacts known, IncidentFacts incoming)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(incoming);
        var statusMoved = (incoming.Status == IncidentStatus.Confirmed && known.Status != IncidentStatus.Confirmed)
            || (incoming.Status == IncidentStatus.Denied && known.Status is IncidentStatus.Unknown or IncidentStatus.Alleged);
        var recordsGrew = incoming.Records is { } n && (known.Records is not { } k || n > k * 1.1);
        return statusMoved || recordsGrew;
    }

    /// <summary>The incident's facts after adding an article: largest count, union of data types, first actor, strongest status, earliest date.</summary>
    public static IncidentFacts Merge(IncidentFacts known, IncidentFacts incoming)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(incoming);
        long? records = known.Records is { } k && incoming.Records is { } n ? Math.Max(k, n) : known.Records ?? incoming.Records;
        var status = Rank(incoming.Status) > Rank(known.Status) ? incoming.Status : known.Status;
        DateTimeOffset? first = known.FirstReported is { } kf && incoming.FirstReported is { } nf ? (kf <= nf ? kf : nf) : known.FirstReported ?? incoming.FirstReported;
        return new IncidentFacts(
            records,
            [.. known.DataTypes.Union(incoming.DataTypes, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            known.Actor ?? incoming.Actor,
            status,
            first);
    }

    private static int Rank(IncidentStatus status) => status switch
    {
        IncidentStatus.Confirmed => 3,
        IncidentStatus.Denied => 2,
        IncidentStatus.Alleged => 1,
        _ => 0,
    };

    private static double TypeScore(IncidentType a, IncidentType b)
    {
        if (a == b)
        {
            return 0.25;
        }

        if (a == IncidentType.Other || b == IncidentType.Other)
        {
            return 0;
        }

        return IsBreach(a) && IsBreach(b) ? 0.1 : -0.3;
    }

    private static bool IsBreach(IncidentType t) => t is IncidentType.DataLeak or IncidentType.Hacking or IncidentType.Ransomware;
}
