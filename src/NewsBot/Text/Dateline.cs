using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsBot.Text;

/// <summary>
/// Strips a dateline ("JAKARTA -", "Jakarta, CNN Indonesia --", "Liputan6.com, Jakarta -") from the start of a lead.
/// The prefix before the dash is cut only when it names a known outlet, a domain, or is just a place name,
/// so "Menurut Budi - yang juga ketua - …" and "Kebocoran e-KTP terjadi - …" survive.
/// </summary>
internal static partial class Dateline
{
    private static readonly FrozenSet<string> Places = new[]
    {
        "jakarta", "surabaya", "bandung", "medan", "semarang", "yogyakarta", "jogja", "makassar", "denpasar", "palembang",
        "batam", "bogor", "depok", "tangerang", "tangerang selatan", "bekasi", "malang", "solo", "surakarta", "ambon",
        "kupang", "manado", "pontianak", "balikpapan", "samarinda", "padang", "pekanbaru", "banda aceh", "mataram",
        "jayapura", "serang", "sukabumi", "cirebon", "banjarmasin", "jambi", "bengkulu", "bandar lampung", "lampung",
        "ternate", "kendari", "palu", "gorontalo", "sorong", "labuan bajo", "bali", "aceh", "papua", "singapura",
        "kuala lumpur", "washington", "new york", "london", "beijing", "tokyo", "paris", "san francisco", "los angeles",
        "seoul", "jenewa", "brussel", "sydney", "hong kong", "moskow", "berlin", "dubai", "bangkok", "manila",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Strip(string paragraph)
    {
        var match = Prefix().Match(paragraph);
        if (!match.Success || !IsDateline(match.Groups["prefix"].Value.Trim()))
        {
            return paragraph;
        }

        return paragraph[match.Length..].TrimStart();
    }

    private static bool IsDateline(string prefix)
        => Outlet().IsMatch(prefix)
            || Places.Contains(prefix)
            || UpperPlace().IsMatch(prefix);

    [GeneratedRegex(@"^(?<prefix>.{1,60}?)\s*(?:--|[-–—:])(?:\s*[-–—])*(?:\s+|$)")]
    private static partial Regex Prefix();

    // Outlet names and any domain-like token ("Merdeka.com", "JUARA.net", "TRIBUNTERNATE.COM").
    [GeneratedRegex(
        @"CNN\s+Indonesia|KOMPAS\.|Liputan6|REPUBLIKA|TEMPO\.CO|\(\s*ANTARA|IDN\s+Times|FORTUNE|Cyberthreat|Rimanews|Pos\s*Kota|"
        + @"\b(?:CNBC|detikcom|kumparan|okezone|SINDOnews|VIVA|Kontan|Katadata|Tirto|JPNN|Medcom|iNews)\b|"
        + @"\b[\w-]+\.(?:com|net|id|co\.id|co|tv|news|org)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Outlet();

    // "TAIWAN", "AMERIKA SERIKAT", "SAN ANTONIO": an all-caps place name of at most three words.
    [GeneratedRegex(@"^\p{Lu}{4,}(?:\s\p{Lu}{2,}){0,2}$")]
    private static partial Regex UpperPlace();
}
