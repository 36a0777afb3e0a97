using System.Text.RegularExpressions;

using NewsBot.Text;
namespace NewsBot.Analysis;

/// <summary>
/// Incident facts stated in an article: record count, data types, actor, status and first-reported date.
/// Data-type words count only in sentences that talk about data ("nama" alone is everywhere), never as a channel
/// ("melalui telepon, email, atau WhatsApp"). The actor is who did it: a named attacker, or for a regulator's action
/// the regulator.
/// </summary>
public sealed partial class FactExtractor
{
    private readonly PhraseMatcher<Phrase> _matcher = new(AnalysisLexicon.Load().Phrases.Select(p => (p.Form, p)));

    public IncidentFacts Extract(string? title, string text, DateTimeOffset? published, IncidentType type = IncidentType.Other)
    {
        var t = FoldedText.Create(title ?? "");
        var b = FoldedText.Create(text);
        return Extract(t, _matcher.FindAll(t), b, _matcher.FindAll(b), published, type);
    }

    internal static IncidentFacts Extract(
        FoldedText title, List<PhraseHit<Phrase>> titleHits, FoldedText body, List<PhraseHit<Phrase>> bodyHits, DateTimeOffset? published, IncidentType type)
    {
        var records = RecordCountChooser.Choose(title.Original, body.Original);
        var dataTypes = new SortedSet<string>(StringComparer.Ordinal);
        AddDataTypes(title, titleHits, dataTypes);
        AddDataTypes(body, bodyHits, dataTypes);
        var actor = FirstActor(titleHits, PhraseKind.Actor) ?? FirstActor(bodyHits, PhraseKind.Actor) ?? NamedActor(title.Original) ?? NamedActor(body.Original);
        if (type == IncidentType.RegulatoryAction)
        {
            actor ??= FirstActor(titleHits, PhraseKind.Regulator) ?? FirstActor(bodyHits, PhraseKind.Regulator);
        }

        var status = Status([(titleHits, title), (bodyHits, body)]);
        var firstReported = DateMentions.Earliest(title.Original + "\n" + body.Original, published) ?? published;
        return new IncidentFacts(records?.Value, [.. dataTypes], actor, status, firstReported)
        {
            RecordsQualifier = records?.Qualifier ?? CountQualifier.Exact,
        };
    }

    private static void AddDataTypes(FoldedText text, List<PhraseHit<Phrase>> hits, SortedSet<string> into)
    {
        foreach (var hit in hits)
        {
            if (hit.Value.Kind != PhraseKind.DataType || IsInsideLongerDataType(hit, hits))
            {
                continue;
            }

            if (hit.Value.Label is "KK" or "NIK" && !IsUpperInOriginal(text, hit) && hit.End - hit.Start <= 3)
            {
                continue;
            }

            var (start, end) = Sentence(text.Text, hit.Start);
            if (DataContextRegex().IsMatch(text.Text.AsSpan(start, end - start)) && !ChannelRegex().IsMatch(text.Text.AsSpan(start, hit.Start - start)))
            {
                into.Add(hit.Value.Label!);
            }
        }
    }

    private static bool IsUpperInOriginal(FoldedText text, PhraseHit<Phrase> hit)
    {
        for (var i = hit.Start; i < hit.End; i++)
        {
            if (char.IsLower(text.Original[text.Map[i]]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInsideLongerDataType(PhraseHit<Phrase> hit, List<PhraseHit<Phrase>> hits) =>
        hits.Exists(o => o.Value.Kind == PhraseKind.DataType && o.Start <= hit.Start && hit.End <= o.End && o.End - o.Start > hit.End - hit.Start);

    private static (int Start, int End) Sentence(string s, int at)
    {
        var start = at;
        while (start > 0 && !(s[start - 1] == ' ' && start >= 2 && s[start - 2] is '.' or '!' or '?'))
        {
            start--;
        }

        var end = at;
        while (end < s.Length && !(s[end] is '.' or '!' or '?' && (end + 1 == s.Length || s[end + 1] == ' ')))
        {
            end++;
        }

        return (start, end);
    }

    private static string? FirstActor(List<PhraseHit<Phrase>> hits, PhraseKind kind)
    {
        var actors = hits.Where(h => h.Value.Kind == kind).ToList();
        return actors
            .Where(a => !actors.Exists(o => o.Start <= a.Start && a.End <= o.End && o.End - o.Start > a.End - a.Start))
            .Select(a => a.Value.Label)
            .FirstOrDefault();
    }

    private static string? NamedActor(string text)
    {
        var m = NamedActorRegex().Match(text);
        return m.Success ? m.Groups["name"].Value.TrimEnd('.', ',') : null;
    }

    private static IncidentStatus Status(IEnumerable<(List<PhraseHit<Phrase>> Hits, FoldedText Text)> parts)
    {
        var confirmed = false;
        var denied = false;
        var alleged = false;
        foreach (var (hits, text) in parts)
        {
            foreach (var hit in hits)
            {
                switch (hit.Value.Status)
                {
                    case IncidentStatus.Confirmed when !Negated(text.Text, hit.Start):
                        confirmed = true;
                        break;
                    case IncidentStatus.Confirmed or IncidentStatus.Alleged:
                        alleged = true;
                        break;
                    case IncidentStatus.Denied:
                        denied = true;
                        break;
                    default:
                        break;
                }
            }
        }

        return confirmed ? IncidentStatus.Confirmed : denied ? IncidentStatus.Denied : alleged ? IncidentStatus.Alleged : IncidentStatus.Unknown;
    }

    private static bool Negated(string s, int start)
    {
        var window = s.AsSpan(Math.Max(0, start - 16), Math.Min(16, start));
        return NegationRegex().IsMatch(window);
    }

    [GeneratedRegex(@"\b(?:data|berisi|meliputi|mencakup|termasuk|records?|including|contains?|bocor|leaked|dijual|sampel|sample|dibagikan|membagikan|shares?|shared|sharing|dikumpulkan|mengumpulkan|collects?|collected|exposed|terekspos|dicuri|stolen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DataContextRegex();

    [GeneratedRegex(@"\b(?:melalui|lewat|via|through|by)\b[^.;:]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelRegex();

    [GeneratedRegex(@"\b(?:belum|tidak|tak|not yet|has not|have not|not)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegationRegex();

    [GeneratedRegex(@"(?:peretas|hacker|akun|pengguna|user|kelompok|geng|grup|group|threat actor|penjual|seller)\s+(?:anonim\s+)?(?:bernama|berjuluk|dengan nama|beralias|alias|called|named|known as|dubbed|berinisial)\s+[""“']?(?<name>\p{Lu}[\w$.-]{1,30})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedActorRegex();
}
