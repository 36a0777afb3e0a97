using NewsBot.Analysis;

namespace NewsBot.Chat.Subscriptions;

/// <summary>The words people use in /ikuti for incident types ("kebocoran", "pengumpulan data") and back.</summary>
public static class IncidentTypeWords
{
    /// <summary>The word shown in /langganan and /bantuan for each type a chat can pick.</summary>
    public static readonly IReadOnlyList<(IncidentType Type, string Word)> Main =
    [
        (IncidentType.DataLeak, "kebocoran"),
        (IncidentType.Hacking, "peretasan"),
        (IncidentType.Ransomware, "ransomware"),
        (IncidentType.DataCollection, "pengumpulan data"),
        (IncidentType.PolicyChange, "kebijakan privasi"),
        (IncidentType.RegulatoryAction, "regulasi"),
        (IncidentType.Surveillance, "pengawasan"),
    ];

    // Longer phrases first so "kebocoran data" wins over "kebocoran".
    private static readonly IReadOnlyList<(string Phrase, IncidentType Type)> Phrases =
    [
        .. Main.Select(m => (m.Word, m.Type)),
        ("kebocoran data", IncidentType.DataLeak), ("bocor", IncidentType.DataLeak), ("leak", IncidentType.DataLeak),
        ("retas", IncidentType.Hacking), ("serangan siber", IncidentType.Hacking), ("hack", IncidentType.Hacking), ("hacking", IncidentType.Hacking),
        ("pengumpulan", IncidentType.DataCollection), ("penyalahgunaan data", IncidentType.DataCollection),
        ("kebijakan", IncidentType.PolicyChange), ("regulator", IncidentType.RegulatoryAction), ("sanksi", IncidentType.RegulatoryAction),
        ("surveillance", IncidentType.Surveillance),
    ];

    public static string Word(IncidentType type) => Main.FirstOrDefault(m => m.Type == type).Word ?? type.ToString();

    /// <summary>"kebocoran, peretasan".</summary>
    public static string Join(IEnumerable<IncidentType> types) => string.Join(", ", types.Order().Select(Word));

    /// <summary>
    /// Removes type phrases from the end of <paramref name="text"/> (lower case, words separated by spaces or commas):
    /// "tokopedia, bukalapak kebocoran, peretasan" gives "tokopedia, bukalapak" and {DataLeak, Hacking}.
    /// </summary>
    public static string TakeTrailing(string text, HashSet<IncidentType> types)
    {
        var rest = text.TrimEnd(' ', ',');
        while (true)
        {
            var found = Phrases.OrderByDescending(p => p.Phrase.Length)
                .FirstOrDefault(p => rest.EndsWith(p.Phrase, StringComparison.Ordinal) && (rest.Length == p.Phrase.Length || rest[^(p.Phrase.Length + 1)] is ' ' or ','));
            if (found.Phrase is null)
            {
                return rest;
            }

            types.Add(found.Type);
            rest = rest[..^found.Phrase.Length].TrimEnd(' ', ',');
            rest = StripSuffix(StripSuffix(rest, " dan"), " hanya");
            rest = StripSuffix(rest, " jenis");
        }
    }

    private static string StripSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length].TrimEnd(' ', ',') : text;
}
