using System.Text;
using NewsBot.Companies;
using NewsBot.Text;

namespace NewsBot.Chat.Tracking;

/// <summary>
/// Which names /lacak accepts: letters, digits, spaces and the marks company names use; not a catalogue company, not
/// one common word, at least 3 letters.
/// </summary>
public static class TrackedNames
{
    public const int MaxLength = 60;

    // Single words that name a kind of thing, not one company: they would match half the news.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "bank", "data", "aplikasi", "app", "pemerintah", "perusahaan", "toko", "kantor", "rumah", "sakit", "sekolah", "kampus",
        "universitas", "kementerian", "dinas", "badan", "polisi", "polri", "startup", "online", "digital", "internet", "server",
        "hacker", "peretas", "indonesia", "jakarta", "negara", "warga", "nasabah", "pengguna", "akun", "sistem", "situs", "website",
        "privasi", "kebocoran", "asuransi", "koperasi", "pt", "tbk", "grup", "group", "media", "berita", "news", "telekomunikasi",
    };

    /// <summary>Null when the name may be tracked; otherwise the Indonesian reason it may not.</summary>
    public static string? Refusal(string name, CompanyCatalog catalog)
    {
        var folded = FoldedText.FoldPattern(name);
        var letters = folded.Count(char.IsLetter);
        if (letters < 3)
        {
            return TrackingTexts.TooShort(name);
        }

        if (name.Length > MaxLength)
        {
            return TrackingTexts.TooLong;
        }

        if (name.EnumerateRunes().Where(rune => !IsNameCharacter(rune)).Select(rune => (Rune?)rune).FirstOrDefault() is { } odd)
        {
            return TrackingTexts.OddCharacter(name, odd.ToString());
        }

        if (catalog.Find(name) is { } known)
        {
            return TrackingTexts.InCatalogue(name, known.Name);
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && (Generic.Contains(folded) || Stopwords.Indonesian.Contains(folded)))
        {
            return TrackingTexts.TooGeneric(name);
        }

        return null;
    }

    // Search operators, markup and mentions ("tokopedia" OR *, <b>, @everyone) are not part of any company's name.
    private static bool IsNameCharacter(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.IsWhiteSpace(rune) || (rune.IsAscii && ".-&'()+/".Contains((char)rune.Value, StringComparison.Ordinal));

    /// <summary>"lacak-koperasi-sejahtera".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(TrackedCompany.SlugPrefix);
        foreach (var ch in FoldedText.FoldPattern(name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
        }

        return slug.ToString().TrimEnd('-');
    }
}
