using System.Globalization;
using NewsBot.Analysis;

namespace NewsBot.Summaries;

/// <summary>
/// Indonesian alert text for an English article, built only from extracted facts (company, incident type, records,
/// data types, actor, status, date), followed by the article's most informative sentence quoted untranslated and
/// marked as English (the original title when no sentence qualifies).
/// </summary>
internal static class EnglishSourceText
{
    public const string OriginalTitleLabel = "Judul asli (bahasa Inggris): ";
    public const string QuoteLabel = "Kutipan (bahasa Inggris): ";

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string Build(SummaryRequest request)
    {
        var facts = request.Facts ?? IncidentFacts.None;
        var company = request.CompanyNames.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "perusahaan yang dipantau";
        var sentences = new List<string>();

        var date = facts.FirstReported ?? request.Published;
        var when = date is { } d ? $" pada {FormatDate(d)}" : string.Empty;
        sentences.Add($"Media berbahasa Inggris melaporkan {Describe(request.Type)} yang melibatkan {company}{when}.");

        var types = JoinList(facts.DataTypes);
        if (facts.Records is > 0 and var records)
        {
            var scope = types.Length > 0 ? $", meliputi {types}" : string.Empty;
            sentences.Add($"Jumlah data yang disebut terdampak: {Qualified(facts.RecordsQualifier)}{FormatCount(records)} catatan{scope}.");
        }
        else if (types.Length > 0)
        {
            sentences.Add($"Data yang disebut terdampak meliputi {types}.");
        }

        if (!string.IsNullOrWhiteSpace(facts.Actor))
        {
            sentences.Add($"Laporan itu mengaitkan insiden ini dengan {facts.Actor.Trim()}.");
        }

        sentences.Add(facts.Status switch
        {
            IncidentStatus.Confirmed => $"{company} telah mengonfirmasi insiden tersebut.",
            IncidentStatus.Denied => $"{company} membantah klaim tersebut.",
            IncidentStatus.Alleged => $"Informasi ini masih berupa klaim dan belum dikonfirmasi oleh {company}.",
            _ => "Status insiden belum jelas dari laporan tersebut.",
        });

        var text = string.Join(' ', sentences);
        if (EnglishQuote.Pick(request) is { } quote)
        {
            return $"{text}\n{QuoteLabel}\"{quote}\"";
        }

        return string.IsNullOrWhiteSpace(request.Title) ? text : $"{text}\n{OriginalTitleLabel}{request.Title.Trim()}";
    }

    private static string Qualified(CountQualifier qualifier) => qualifier switch
    {
        CountQualifier.MoreThan => "lebih dari ",
        CountQualifier.About => "sekitar ",
        CountQualifier.Nearly => "hampir ",
        CountQualifier.UpTo => "hingga ",
        _ => string.Empty,
    };

    private static string Describe(IncidentType type) => type switch
    {
        IncidentType.DataLeak => "dugaan kebocoran data",
        IncidentType.Hacking => "dugaan peretasan",
        IncidentType.Ransomware => "serangan ransomware",
        IncidentType.DataCollection => "dugaan pengumpulan data pengguna",
        IncidentType.PolicyChange => "perubahan kebijakan privasi",
        IncidentType.RegulatoryAction => "tindakan regulator terkait perlindungan data",
        IncidentType.Surveillance => "dugaan pemantauan terhadap pengguna",
        _ => "insiden privasi dan keamanan data",
    };

    internal static string FormatCount(long value)
    {
        static string Scaled(double v) => v.ToString(v >= 100 ? "0" : "0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        return value switch
        {
            >= 1_000_000_000 => $"{Scaled(value / 1e9)} miliar",
            >= 1_000_000 => $"{Scaled(value / 1e6)} juta",
            _ => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'),
        };
    }

    private static string FormatDate(DateTimeOffset date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    private static string JoinList(IReadOnlyList<string>? items)
    {
        var list = (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list[..^1])} dan {list[^1]}",
        };
    }
}
