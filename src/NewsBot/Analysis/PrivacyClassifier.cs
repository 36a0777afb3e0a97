using NewsBot.Text;
namespace NewsBot.Analysis;

/// <summary>
/// Scored privacy-relevance classifier over Indonesian and English cues. Each distinct cue counts its weight once,
/// a little more when repeated, double in the title. A negative context ("bocoran episode", "pipa bocor",
/// "kebocoran anggaran") cancels the cues it overlaps; a leak word ("bocor", "leaked") counts fully only in a sentence
/// about data. Relevant needs the threshold and core cues in the title or in at least two sentences, so one passing
/// remark in an unrelated story is not enough. The incident type is the type with the highest type-weighted score;
/// a hack that leaked data is a leak.
/// </summary>
public sealed class PrivacyClassifier
{
    public const double Threshold = 5.0;

    private const double OutOfContextFactor = 0.25;

    private const int MaxCueLength = 64;

    // Ties go to the more specific type, in this order.
    private static readonly IncidentType[] TypePriority =
    [
        IncidentType.Ransomware, IncidentType.DataLeak, IncidentType.Hacking, IncidentType.PolicyChange,
        IncidentType.DataCollection, IncidentType.Surveillance, IncidentType.RegulatoryAction,
    ];

    private readonly PhraseMatcher<Phrase> _matcher = new(AnalysisLexicon.Load().Phrases.Select(p => (p.Form, p)));

    public PrivacyVerdict Classify(string? title, string text)
    {
        var t = FoldedText.Create(title ?? "");
        var b = FoldedText.Create(text);
        return Classify(_matcher.FindAll(t), t, _matcher.FindAll(b), b);
    }

    internal static PrivacyVerdict Classify(List<PhraseHit<Phrase>> titleHits, FoldedText title, List<PhraseHit<Phrase>> bodyHits, FoldedText body)
    {
        var tally = new Dictionary<Cue, Tally>();
        var coreSentences = new HashSet<int>();
        var coreInTitle = Count(titleHits, new Sentences(title.Text), tally, inTitle: true, null);
        Count(bodyHits, new Sentences(body.Text), tally, inTitle: false, coreSentences);

        var score = 0.0;
        var typeScores = new Dictionary<IncidentType, double>();
        foreach (var (cue, t) in tally)
        {
            var occurrences = t.Title + t.Body;
            var factor = (t.Title > 0 ? 2.0 : 1.0) + (0.25 * Math.Min(occurrences - 1, 4));
            var weight = cue.Weight * (t.InContext ? 1.0 : OutOfContextFactor);
            score += weight * factor;
            if (cue.Type != IncidentType.Other)
            {
                typeScores[cue.Type] = typeScores.GetValueOrDefault(cue.Type) + (cue.TypeWeight * factor * (t.InContext ? 1.0 : OutOfContextFactor));
            }
        }

        var support = (coreInTitle ? 2 : 0) + coreSentences.Count;
        var relevant = support >= 2 && score >= Threshold;
        var type = relevant ? PickType(typeScores) : IncidentType.Other;
        var cues = tally
            .Where(kv => kv.Value.InContext)
            .OrderByDescending(kv => kv.Key.Weight * (kv.Value.Title > 0 ? 2 : 1))
            .Select(kv => kv.Key.Form)
            .ToList();
        return new PrivacyVerdict(relevant, Math.Round(score, 2), cues, type);
    }

    private static IncidentType PickType(Dictionary<IncidentType, double> typeScores)
    {
        var type = IncidentType.Other;
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

        // "Diretas, data dijual": the break-in is how the data leaked; the leak is what users need to know.
        if (type == IncidentType.Hacking && typeScores.GetValueOrDefault(IncidentType.DataLeak) >= 0.5 * best)
        {
            type = IncidentType.DataLeak;
        }

        return type;
    }

    /// <summary>Counts cue hits into the tally; returns whether a core cue counted.</summary>
    private static bool Count(List<PhraseHit<Phrase>> hits, Sentences sentences, Dictionary<Cue, Tally> tally, bool inTitle, HashSet<int>? coreSentences)
    {
        List<PhraseHit<Phrase>>? vetoes = null;
        foreach (var hit in hits)
        {
            if (hit.Value.Kind == PhraseKind.CueVeto)
            {
                (vetoes ??= []).Add(hit);
            }
        }

        // Cue hits in text order of their end; a longer cue containing a shorter one ends at most MaxCueLength later.
        var cueHits = hits.Where(h => h.Value.Kind == PhraseKind.Cue).ToList();
        var anyCore = false;
        for (var i = 0; i < cueHits.Count; i++)
        {
            var hit = cueHits[i];
            if (IsCancelled(hit, vetoes) || IsInsideLongerCue(cueHits, i))
            {
                continue;
            }

            var cue = hit.Value.Cue!;
            var inContext = !cue.NeedsData || sentences.AboutData(hit.Start);
            var t = tally.GetValueOrDefault(cue) ?? new Tally();
            tally[cue] = t;
            t.InContext |= inContext;
            if (inTitle)
            {
                t.Title++;
            }
            else
            {
                t.Body++;
            }

            if (cue.Core && inContext)
            {
                anyCore = true;
                coreSentences?.Add(sentences.IndexOf(hit.Start));
            }
        }

        return anyCore;
    }

    private static bool IsCancelled(PhraseHit<Phrase> hit, List<PhraseHit<Phrase>>? vetoes) =>
        vetoes is not null && vetoes.Exists(v => v.Start < hit.End && hit.Start < v.End);

    // "kebocoran data" already counts; the "kebocoran" inside it must not count again.
    private static bool IsInsideLongerCue(List<PhraseHit<Phrase>> cueHits, int index)
    {
        var hit = cueHits[index];
        for (var j = index + 1; j < cueHits.Count && cueHits[j].End - hit.End <= MaxCueLength; j++)
        {
            if (Contains(cueHits[j], hit))
            {
                return true;
            }
        }

        for (var j = index - 1; j >= 0 && cueHits[j].End == hit.End; j--)
        {
            if (Contains(cueHits[j], hit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(PhraseHit<Phrase> other, PhraseHit<Phrase> hit) =>
        other.Start <= hit.Start && hit.End <= other.End && other.End - other.Start > hit.End - hit.Start && !IsSupplement(other.Value.Cue!);

    // Low-weight extension cues ("kebocoran data pribadi" +1) add to the shorter cue instead of replacing it.
    private static bool IsSupplement(Cue cue) => cue.Weight <= 1.0;

    private sealed class Tally
    {
        public int Title { get; set; }

        public int Body { get; set; }

        public bool InContext { get; set; }
    }
}
