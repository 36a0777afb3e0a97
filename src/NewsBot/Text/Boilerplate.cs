using System.Text.RegularExpressions;

namespace NewsBot.Text;

/// <summary>Line classifiers for <see cref="ArticleCleaner"/>: footers, link-outs, captions, date and byline lines.</summary>
internal static partial class Boilerplate
{
    /// <summary>Start of a footer or a "related articles" block: everything from here to the end goes.</summary>
    public static bool IsFooter(string line) => Footer().IsMatch(line);

    /// <summary>A bare "Baca Juga" heading (no headline on the same line).</summary>
    public static bool IsReadAlsoHeading(string line) => ReadAlsoHeading().IsMatch(line);

    /// <summary>Link-outs ("Baca juga", "Read also"), ads, widgets, pagination: the line goes, the article continues.</summary>
    public static bool IsDropLine(string line) => DropLine().IsMatch(line);

    /// <summary>Photo captions and credits ("… Foto/Ist", "Ilustrasi", "Antara", "DOK Pribadi.", "Ozan KOSE / AFP").</summary>
    public static bool IsCaption(string line)
        => (WordCount(line) <= 40 && CaptionEnd().IsMatch(line))
            || (WordCount(line) <= 8 && (CreditLine().IsMatch(line) || CreditAfterSlash().IsMatch(line)))
            || (WordCount(line) <= 15 && IllustrationLine().IsMatch(line));

    /// <summary>"Sabtu, 02 Mei 2020 - 13:43 WIB", "👤Mediaindonesia.com 🕔Sabtu 06 Maret 2021, 06:00 WIB".</summary>
    public static bool IsDateOrMetaLine(string line) => line.Contains("👤", StringComparison.Ordinal)
        || line.Contains("🕔", StringComparison.Ordinal) || DateLine().IsMatch(line);

    /// <summary>"Akhmad Mustain | Teknologi", "Penulis: …", "Reporter: …".</summary>
    public static bool IsByline(string line) => Byline().IsMatch(line);

    /// <summary>Credits that end an article when they come after the body ("Editor: …", "Pewarta: …", "Reporting by …").</summary>
    public static bool IsCreditFooter(string line) => CreditFooter().IsMatch(line);

    /// <summary>Removes "(Baca juga: …)" style parentheticals, trailing "Baca juga: …" and inline ad markers.</summary>
    public static string RemoveInline(string line)
    {
        var cleaned = InlineReadAlso().Replace(line, string.Empty);
        cleaned = TrailingReadAlso().Replace(cleaned, string.Empty);
        cleaned = InlineAd().Replace(cleaned, " ");
        return cleaned.Trim();
    }

    /// <summary>Removes a reporter code such as "(nds/krs)" or "(AFP/OL-4)" from the very end, after a sentence terminator.</summary>
    public static string RemoveReporterCode(string text)
    {
        var cleaned = ReporterCode().Replace(text, string.Empty);
        return NamedReporterCode().Replace(cleaned, string.Empty).TrimEnd();
    }

    /// <summary>A paragraph that is only a reporter code.</summary>
    public static bool IsReporterCodeOnly(string line) => ReporterCodeOnly().IsMatch(line);

    public static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(
        @"^(?:Dapatkan\s+(?:update\s+)?berita|tulis\s+komentar|Follow(?:\s|$)|Video\s+Rekomendasi|Berita\s+Terkait|Rekomendasi$|"
        + @"Terpopuler$|Berita\s+(?:Terkini|Populer|Weekend|Lainnya)|Mari\s+bergabung\s+di\s+kanal|Versi\s+cetak\s+artikel|"
        + @"Cek\s+Berita\s+dan\s+Artikel|Baca\s+berita\b.{0,60}Google\s+News|Saksikan\s+Video\s+Pilihan|Disclaimer\s*:|"
        + @"Pilihan\s+Editor\b|Berita\s+selanjutnya|Artikel\s+ini\s+telah\s+tayang|COPYRIGHT\s+©|Copyright\s+\(c\)|©|"
        + @".{0,40}All\s+rights\s+reserved|Sumber\s*:\s*\S+\.(?:com|id)\b|E-Paper\b|Baca\s+E-Paper|"
        + @"Related\s+(?:Articles|Stories|Posts)\b|Read\s+more\s*:|Share\s+this\s+article)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:Baca|Lihat)\s+juga\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoHeading();

    [GeneratedRegex(
        @"^(?:\(?\s*(?:Baca|Lihat|Simak)\s+juga\b|\(?\s*Baca\s*:|Simak\s+(?:juga\s+)?Video\b|Saksikan\s+Live\b|"
        + @"Simak\s+selengkapnya|SCROLL\s+TO\s+(?:CONTINUE|RESUME)|\[Gambas:|Halaman\s*:?[\s\d]*$|"
        + @"Halaman\s+(?:selanjutnya|berikutnya)|Baca\s+berita\s+tanpa\s+iklan|Selengkapnya$|Loading\.*$|"
        + @"Read\s+also\b|Advertisement\b[^.!?]{0,40}$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DropLine();

    [GeneratedRegex(@"\b(?:Foto|FOTO|Photo)\s*[:/]\s*[\p{L}\d .'&/-]{1,40}\)?\.?$")]
    private static partial Regex CaptionEnd();

    [GeneratedRegex(
        @"^(?:Dok\.?|DOK|Dokumentasi|Ilustrasi|Antara|ANTARA(?:\s+FOTO)?|Ist|Istimewa|Getty\s+Images|Shutterstock|iStock|"
        + @"Reuters|AFP|AP\s+Photo)(?:\s*[/:.]\s*[\p{L}\d .&-]{0,40}|(?:\s+\p{Lu}[\p{L}\d]*){1,4})?\.?$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^[^.!?]{2,60}\s/\s*(?:AFP|Reuters|AP|ANTARA(?:\s+FOTO)?|Antara|Ist|Istimewa|EPA|Getty\s+Images|Bloomberg)\.?$")]
    private static partial Regex CreditAfterSlash();

    [GeneratedRegex(@"^Ilustrasi\b[^.!?]*$|\((?:Foto|FOTO|Photo)\s*:[^)]*\)\.?$")]
    private static partial Regex IllustrationLine();

    [GeneratedRegex(
        @"^(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s+\d{1,2}\s+\p{L}+\s+\d{4}\b.{0,25}|"
        + @"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?:[\s,]+\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:[\p{L}.' ]{3,40}\s\|\s[\p{L} ]{3,30}|(?:Penulis|Reporter|Oleh|By)\s*:?\s+[\p{L}.' ,]{3,60})$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:Editor|Pewarta|Redaktur|Penyunting)\s*:|(?:Reporting|Writing|Editing)\s+by\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditFooter();

    [GeneratedRegex(@"\s*\(\s*(?:Baca(?:\s+juga)?|Lihat\s+juga|Simak\s+juga)\s*:[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineReadAlso();

    [GeneratedRegex(@"(?<=[.!?""”])\s*(?:Baca|Lihat)\s+juga\s*:.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingReadAlso();

    [GeneratedRegex(@"\s*(?:SCROLL TO (?:CONTINUE WITH|RESUME) CONTENT|ADVERTISEMENT|\[Gambas:[^\]]*\])\s*")]
    private static partial Regex InlineAd();

    [GeneratedRegex(@"(?<=[.!?""”'])\s*\((?:[A-Za-z]{1,6}/)?[A-Za-z]{1,4}(?:[-/][A-Za-z0-9]{1,4})*\)\s*$")]
    private static partial Regex ReporterCode();

    [GeneratedRegex(@"(?<=[.!?""”'])\s*\([A-Z]{2,5}/\p{Lu}[\p{L}. ]{2,40}\)\s*$")]
    private static partial Regex NamedReporterCode();

    [GeneratedRegex(@"^\((?:[A-Za-z]{1,6}/)?[A-Za-z]{1,4}(?:[-/][A-Za-z0-9]{1,4})*\)$|^\([A-Z]{2,5}/\p{Lu}[\p{L}. ]{2,40}\)$")]
    private static partial Regex ReporterCodeOnly();
}
