using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>A stated count of records or people at <see cref="Index"/>, with the hedge the text puts on it.</summary>
internal sealed record CountMention(long Value, int Index, CountQualifier Qualifier);

/// <summary>
/// Finds stated record counts: "91 juta akun", "lebih dari 1,3 miliar data", "about 35 million passengers",
/// "337.225.465 data", "data yang bocor mencapai 279 juta". Skipped: money, sizes, durations, dates, phone numbers,
/// ordinals ("ke-3"), fractions ("1 dari 9"), listicles ("9 Fakta Kebocoran Data"), a user base ("memiliki 100 juta
/// pengguna", "2 miliar penggunanya") and people counted where no data is said to be exposed.
/// </summary>
internal static partial class RecordCountParser
{
    private const string DataNouns =
        "data|records?|rows?|baris|entri|entries|akun|accounts?|dokumen|documents?|berkas|files?|rekaman|registrasi|" +
        "registrations?|riwayat|profil|profiles?|identitas|NIK|NPWP|kartu|email";

    private const string PeopleNouns =
        "pengguna|users?|pelanggan|customers?|nasabah|penduduk|warga|citizens|peserta|pemilih|voters|pasien|patients?|" +
        "siswa|students?|karyawan|pegawai|employees|individu|people|penumpang|passengers|pemegang polis|policyholders?|" +
        "wajib pajak|taxpayers|merchants?|mitra|members|anggota|subscribers?|travell?ers|clients?|klien|konsumen|" +
        "consumers|debitur|borrowers|pelamar|applicants";

    /// <summary>Every stated count in <paramref name="text"/>, in text order.</summary>
    public static List<CountMention> FindAll(string text)
    {
        var found = new List<CountMention>();
        var sentences = new Sentences(text);
        foreach (Match m in NumberRegex().Matches(text))
        {
            if (Skip(text, m) || TryParse(m) is not { } value)
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index)).ToString();
            var after = text.AsSpan(m.Index + m.Length, Math.Min(45, text.Length - m.Index - m.Length)).ToString();
            var noun = NounAfterRegex().Match(after);
            var ofData = (noun.Success && noun.Groups["data"].Success) || (value >= 100 && NounBeforeRegex().IsMatch(before));
            var ofPeople = noun.Success && noun.Groups["people"].Success;
            if (!ofData && !ofPeople)
            {
                continue;
            }

            // Below 100 only what the text plainly says of records: "Data 25 pasien", never "9 Fakta Kebocoran Data".
            if (value < 100 && !(noun.Success && noun.Groups["mods"].Length == 0 && !noun.Groups["more"].Success))
            {
                continue;
            }

            if (!ofData && (noun.Groups["poss"].Success || UserBaseRegex().IsMatch(before) || !Exposed(text, sentences, m.Index)))
            {
                continue;
            }

            var qualifier = noun.Groups["more"].Success ? CountQualifier.MoreThan : Qualifier(before);
            found.Add(new CountMention(value, m.Index, qualifier));
        }

        return found;
    }

    internal static long? TryParse(Match m)
    {
        var num = m.Groups["num"].Value;
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant() : "";
        var multiplier = unit switch
        {
            "juta" or "jt" or "million" or "m" or "mn" => 1_000_000m,
            "miliar" or "milyar" or "billion" or "b" or "bn" => 1_000_000_000m,
            "ribu" or "rb" or "thousand" or "k" => 1_000m,
            "triliun" or "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };

        decimal mantissa;
        if (ThousandsRegex().IsMatch(num) && (multiplier == 1m || num.Length > 5))
        {
            mantissa = decimal.Parse(num.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        else
        {
            // One separator before 1-2 digits (or 3 with a unit): a decimal mark, Indonesian comma or English point.
            mantissa = decimal.Parse(num.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        if (multiplier == 1m && mantissa is >= 1900 and <= 2100 && !num.Contains('.') && !num.Contains(','))
        {
            return null;
        }

        var value = mantissa * multiplier;
        return value is >= 1 and < 100_000_000_000m ? (long)value : null;
    }

    private static bool Skip(string text, Match m)
    {
        var num = m.Groups["num"].Value;
        if (num.Length > 1 && num[0] == '0' && num[1] is not ('.' or ','))
        {
            return true; // phone numbers and codes: "0812-3456-7890"
        }

        var before = text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index));
        var after = text.AsSpan(m.Index + m.Length, Math.Min(30, text.Length - m.Index - m.Length));
        return NotACountBeforeRegex().IsMatch(before) || NotACountAfterRegex().IsMatch(after);
    }

    /// <summary>Whether the sentence, or the one before it, says data was exposed ("Jumlah itu kini bertambah…").</summary>
    private static bool Exposed(string text, Sentences sentences, int position)
    {
        var (start, end) = sentences.Span(position);
        var previous = start > 0 ? sentences.Span(start - 1).Start : start;
        return ExposureRegex().IsMatch(text.AsSpan(previous, end - previous));
    }

    private static CountQualifier Qualifier(string before)
    {
        var q = QualifierRegex().Match(before);
        return !q.Success ? CountQualifier.Exact
            : q.Groups["more"].Success ? CountQualifier.MoreThan
            : q.Groups["about"].Success ? CountQualifier.About
            : q.Groups["nearly"].Success ? CountQualifier.Nearly
            : CountQualifier.UpTo;
    }

    [GeneratedRegex(@"(?<![\w.,$/])(?<!\p{L}-)(?<num>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,3})?)(?![.,]?\d)(?![/-]\d)(?:\s*(?<unit>juta|jt|miliar|milyar|ribu|rb|triliun|million|billion|thousand|trillion|mn|bn|M|B|K)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"^\s*(?<more>lebih\s+)?(?<mods>(?:[\p{L}-]+\s+){0,2}?)(?:(?<data>" + DataNouns + @")|(?<people>" + PeopleNouns + @")(?<poss>nya)?(?:\s+(?<data>records?|data|accounts?|akun|rows?|files?))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterRegex();

    [GeneratedRegex(@"\b(?:data|records|akun|baris|rows|accounts)\b(?:(?:\s+[\p{L}-]+){0,4}?\s+(?:sebanyak|sejumlah|mencapai|berjumlah|totall?ing|of|hingga|sampai))?\s+(?:(?:sekitar|about|around|lebih\s+dari|more\s+than|over)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounBeforeRegex();

    [GeneratedRegex(@"(?:(?<more>lebih\s+dari|di\s+atas|more\s+than|over|in\s+excess\s+of)|(?<about>sekitar|kurang\s+lebih|kira-kira|diperkirakan|about|around|approximately|roughly|an\s+estimated|some)|(?<nearly>hampir|nyaris|nearly|almost)|(?<upto>hingga|sampai|up\s+to|as\s+many\s+as))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierRegex();

    [GeneratedRegex(@"(?:Rp\.?|US\$|\$|USD|€|£|S\$|RM|pukul|jam|nomor|no\.|pasal|article|versi|version|\d\s*(?:dari|of|out\s+of))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotACountBeforeRegex();

    [GeneratedRegex(@"^\s*(?:(?:dolar|dollars?|rupiah|USD|euro|EUR|BTC|bitcoin|GB|TB|MB|KB|persen|%|percent|tahun|years?|bulan|months?|minggu|weeks?|hari|days?|jam|hours?|menit|minutes?|unit|kali|times|km|meter|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\b|(?:dari|of|out\s+of)\s+(?:\d|satu|dua|tiga|empat|lima|sepuluh|three|four|five|ten)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotACountAfterRegex();

    [GeneratedRegex(@"\b(?:memiliki|mempunyai|punya|melayani|has|have|had|serves?|with|dengan|its|their|our)\s+(?:(?:lebih\s+dari|sekitar|hampir|more\s+than|over|about|around|nearly|some)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UserBaseRegex();

    [GeneratedRegex(@"\b(?:bocor\w*|kebocoran|membocorkan|dibocorkan|\w*jual\w*|ditawarkan|menawarkan|\w*retas\w*|\w*curi\w*|terekspos|diekspos|tersebar|disebar\w*|beredar|dibagikan|\w*unggah|terdampak|diakses|dibobol|\w*klaim|leak\w*|breach\w*|stolen|stole|exposed|compromised|affected|hacked|offered|selling|sold|for sale|posted|dumped|accessed|unsecured|ransomware)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExposureRegex();
}
