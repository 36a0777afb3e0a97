using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>
/// Finds stated record counts: "91 juta pengguna", "1,3 miliar data", "279 million records", "337.225.465 data",
/// "data sebanyak 279 juta". Money, sizes and durations are skipped ("Rp131 miliar", "US$5.000", "87 GB").
/// </summary>
internal static partial class RecordCountParser
{
    private const string Nouns =
        "data|akun|pengguna|pelanggan|nasabah|baris|rekaman|records?|users?|accounts?|rows?|customers?|penduduk|peserta|pemilih|" +
        "warga|entri|entries|dokumen|documents?|individu|people|pasien|patients?|merchant|mitra|pemegang polis|policyholders?|" +
        "karyawan|pegawai|employees|NIK|nomor|numbers|identitas|profil|profiles|wajib pajak|taxpayers|voters|citizens|" +
        "registrations?|kartu|file|berkas|email";

    /// <summary>Every stated count with its position in <paramref name="text"/>.</summary>
    public static List<(long Value, int Index)> FindAll(string text)
    {
        var found = new List<(long, int)>();
        foreach (Match m in NumberRegex().Matches(text))
        {
            if (IsMoneyOrMeasure(text, m) || TryParse(m) is not { } value)
            {
                continue;
            }

            var after = text.AsSpan(m.Index + m.Length, Math.Min(45, text.Length - m.Index - m.Length));
            var before = text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index));
            var hasUnit = m.Groups["unit"].Success;
            var bigPlain = !hasUnit && m.Groups["num"].Value.Length >= 7;
            if (NounAfterRegex().IsMatch(after) || ((hasUnit || bigPlain) && NounBeforeRegex().IsMatch(before)))
            {
                found.Add((value, m.Index));
            }
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

    private static bool IsMoneyOrMeasure(string text, Match m)
    {
        var before = text.AsSpan(Math.Max(0, m.Index - 6), Math.Min(6, m.Index));
        if (MoneyBeforeRegex().IsMatch(before))
        {
            return true;
        }

        var after = text.AsSpan(m.Index + m.Length, Math.Min(14, text.Length - m.Index - m.Length));
        return MeasureAfterRegex().IsMatch(after);
    }

    [GeneratedRegex(@"(?<![\w.,$])(?<num>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,3})?)(?:\s*(?<unit>juta|jt|miliar|milyar|ribu|rb|triliun|million|billion|thousand|trillion|mn|bn|M|B|K)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"^\s*(?:lebih\s+|more\s+)?(?:[\p{L}-]+\s+){0,2}?(?:" + Nouns + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterRegex();

    [GeneratedRegex(@"(?:\b(?:data|records|akun|baris|rows|accounts)\b(?:\s+[\p{L}]+){0,2}\s*(?:sebanyak|sejumlah|hingga|mencapai|of|totalling|totaling|berjumlah)?\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounBeforeRegex();

    [GeneratedRegex(@"(?:Rp\.?|US\$|\$|USD|€|S\$|RM)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyBeforeRegex();

    [GeneratedRegex(@"^\s*(?:dolar|dollar|rupiah|USD|BTC|bitcoin|GB|TB|MB|KB|persen|%|percent|tahun|years?|bulan|months?|hari|days?|jam|hours?|menit|unit|kali|times|km|meter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAfterRegex();
}
