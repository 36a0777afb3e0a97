namespace NewsBot.Analysis;

/// <summary>
/// Scored privacy-relevance classifier over Indonesian and English cues. Each distinct cue counts its weight once,
/// a little more when repeated, double in the title; a negative context ("bocoran episode", "pipa bocor",
/// "kebocoran anggaran") cancels the cues it overlaps. Relevant needs the threshold and at least one core cue.
/// The incident type is the type with the highest type-weighted cue score.
/// </summary>
public sealed class PrivacyClassifier
{
    public const double Threshold = 5.0;

    private readonly PhraseMatcher<Phrase> _matcher = new(AnalysisLexicon.Load().Phrases.Select(p => (p.Form, p)));

    // Ties go to the more specific type, in this order.
    private static readonly IncidentType[] TypePriority =
    [
        IncidentType.Ransomware, IncidentType.DataLeak, IncidentType.Hacking, IncidentType.PolicyChange,
        IncidentType.DataCollection, IncidentType.Surveillance, IncidentType.RegulatoryAction,
    ];

    public PrivacyVerdict Classify(string? title, string text)
    {
        var t = FoldedText.Create(title ?? "");
        var b = FoldedText.Create(text);
        return Classify(_matcher.FindAll(t), _matcher.FindAll(b));
    }

    internal static PrivacyVerdict Classify(List<PhraseHit<Phrase>> titleHits, List<PhraseHit<Phrase>> bodyHits)
    {
        var counts = new Dictionary<Cue, (int Title, int Body)>();
        Count(titleHits, counts, inTitle: true);
        Count(bodyHits, counts, inTitle: false);

        var score = 0.0;
        var core = false;
        var typeScores = new Dictionary<IncidentType, double>();
        foreach (var (cue, (inTitle, inBody)) in counts)
        {
            var occurrences = inTitle + inBody;
            var factor = (inTitle > 0 ? 2.0 : 1.0) + (0.25 * Math.Min(occurrences - 1, 4));
            score += cue.Weight * factor;
            core |= cue.Core;
            if (cue.Type != IncidentType.Other)
            {
                typeScores[cue.Type] = typeScores.GetValueOrDefault(cue.Type) + (cue.TypeWeight * factor);
            }
        }

        var relevant = core && score >= Threshold;
        var type = IncidentType.Other;
        if (relevant)
        {
            var best = 0.0;
            foreach (var candidate in TypePriority)
            {
                var s = typeScores.GetValueOrDefault(candidate);
                if (s > best + 1e-9)
                {
                    best = s;
                    type = candidate;
                }
            }
        }

        var cues = counts
            .OrderByDescending(kv => kv.Key.Weight * (kv.Value.Title > 0 ? 2 : 1))
            .Select(kv => kv.Key.Form)
            .ToList();
        return new PrivacyVerdict(relevant, Math.Round(score, 2), cues, type);
    }

    private static void Count(List<PhraseHit<Phrase>> hits, Dictionary<Cue, (int Title, int Body)> counts, bool inTitle)
    {
        List<PhraseHit<Phrase>>? vetoes = null;
        foreach (var hit in hits)
        {
            if (hit.Value.Kind == PhraseKind.CueVeto)
            {
                (vetoes ??= []).Add(hit);
            }
        }

        foreach (var hit in hits)
        {
            if (hit.Value.Kind != PhraseKind.Cue || IsCancelled(hit, vetoes) || IsInsideLongerCue(hit, hits))
            {
                continue;
            }

            var cue = hit.Value.Cue!;
            var (t, b) = counts.GetValueOrDefault(cue);
            counts[cue] = inTitle ? (t + 1, b) : (t, b + 1);
        }
    }

    private static bool IsCancelled(PhraseHit<Phrase> hit, List<PhraseHit<Phrase>>? vetoes) =>
        vetoes is not null && vetoes.Exists(v => v.Start < hit.End && hit.Start < v.End);

    // "kebocoran data" already counts; the "kebocoran" inside it must not count again.
    private static bool IsInsideLongerCue(PhraseHit<Phrase> hit, List<PhraseHit<Phrase>> hits)
    {
        foreach (var other in hits)
        {
            if (other.Value.Kind == PhraseKind.Cue && other.Start <= hit.Start && hit.End <= other.End
                && other.End - other.Start > hit.End - hit.Start && !IsSupplement(other.Value.Cue!))
            {
                return true;
            }
        }

        return false;
    }

    // Low-weight extension cues ("kebocoran data pribadi" +1) add to the shorter cue instead of replacing it.
    private static bool IsSupplement(Cue cue) => cue.Weight <= 1.0;
}
