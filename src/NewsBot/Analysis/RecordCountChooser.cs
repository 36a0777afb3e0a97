using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>
/// Picks the incident's own record count among the counts an article states. The title and lead carry the event's
/// figure; a later figure wins only when the text says it supersedes ("kini", "now", "bertambah menjadi"). Samples,
/// subsets, bundles across companies, comparisons with other cases and add-ons ("juga", "also") lose points.
/// Equal standing goes to the larger figure; a figure restated more precisely (337 juta → 337.225.465) takes
/// the precise form.
/// </summary>
internal static partial class RecordCountChooser
{
    private const int Window = 60;

    public static (long Value, CountQualifier Qualifier)? Choose(string title, string body)
    {
        var scored = Score(title, inTitle: true).Concat(Score(body, inTitle: false)).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Mention.Value).First().Mention;
        var precise = scored
            .Select(s => s.Mention)
            .Where(m => Math.Abs(m.Value - best.Value) <= best.Value / 100 && SignificantDigits(m.Value) > SignificantDigits(best.Value))
            .OrderByDescending(m => SignificantDigits(m.Value))
            .FirstOrDefault();
        var chosen = precise ?? best;
        return (chosen.Value, precise is null || precise.Qualifier != CountQualifier.Exact ? chosen.Qualifier : best.Qualifier);
    }

    private static IEnumerable<(CountMention Mention, int Score)> Score(string text, bool inTitle)
    {
        var mentions = RecordCountParser.FindAll(text);
        if (mentions.Count == 0)
        {
            yield break;
        }

        var sentences = new Sentences(text);
        foreach (var m in mentions)
        {
            var (start, end) = sentences.Span(m.Index);
            var from = Math.Max(start, m.Index - Window);
            var before = text.AsSpan(from, m.Index - from);
            var after = text.AsSpan(m.Index, Math.Min(end, m.Index + Window) - m.Index);
            var sentence = inTitle ? int.MinValue : sentences.IndexOf(m.Index);
            var score = inTitle ? 3 : sentence < 2 ? 2 : sentence < 4 ? 1 : 0;
            score += SupersedesRegex().IsMatch(before) ? 4 : 0;
            score -= EarlierRegex().IsMatch(before) ? 1 : 0;
            score -= SampleRegex().IsMatch(before) || SampleAfterRegex().IsMatch(after) ? 4 : 0;
            score -= SubsetRegex().IsMatch(before) || SubsetAfterRegex().IsMatch(after) ? 2 : 0;
            score -= BundleRegex().IsMatch(before) || BundleAfterRegex().IsMatch(after) ? 4 : 0;
            score -= ComparisonRegex().IsMatch(before) ? 4 : 0;
            score -= AddOnRegex().IsMatch(before) || (inTitle && AddOnRegex().IsMatch(text)) ? 2 : 0;
            yield return (m, score);
        }
    }

    private static int SignificantDigits(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0').Length;

    [GeneratedRegex(@"\b(?:kini|now|sekarang|bertambah|menjadi|melonjak|naik|ternyata|terbaru|revised|updated|rose|risen|grown|jumped|latest|actually)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupersedesRegex();

    [GeneratedRegex(@"\b(?:awalnya|semula|sebelumnya|mula-mula|initially|initial|first said|previously|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierRegex();

    [GeneratedRegex(@"\b(?:sampel|sample|contoh)\b[^.,;]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SampleRegex();

    [GeneratedRegex(@"^(?:[^.,;]|[.,]\d){0,30}\b(?:sampel|sample)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SampleAfterRegex();

    [GeneratedRegex(@"\b(?:termasuk|di antaranya|including|of which|among them)\b[^.;]{0,15}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubsetRegex();

    [GeneratedRegex(@"^(?:[^.,;]|[.,]\d){0,25}\b(?:di antaranya|of them|of those)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubsetAfterRegex();

    [GeneratedRegex(@"\b(?:bagian dari|part of|gabungan|combined|keseluruhan|bundle|total)\b[^.;]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BundleRegex();

    [GeneratedRegex(@"^(?:[^.;]|\.\d){0,45}\b(?:dari|from|across)\s+(?:puluhan|belasan|ratusan|dozens of|\d+|sepuluh|ten)\s+(?:\w+\s+)?(?:perusahaan|situs|website|layanan|companies|firms|websites|sites|services)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BundleAfterRegex();

    [GeneratedRegex(@"\b(?:dibandingkan|dibanding|lebih besar dari|lebih kecil dari|than|seperti|like|setelah|menyusul|mirip|similar to|following|after)\b[^.;]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonRegex();

    [GeneratedRegex(@"\b(?:ikut|juga|also|as well|pula)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddOnRegex();
}
