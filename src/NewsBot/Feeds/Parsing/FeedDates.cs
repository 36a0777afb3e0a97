using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Lenient date parsing for feeds: ISO 8601 / RFC 3339 / W3C-DTF and RFC 822/1123 as found in the wild
/// (missing seconds, two-digit years, named zones, Indonesian day and month names, WIB/WITA/WIT).
/// Anything it cannot read returns null — never "now".
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> LocalMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1,
        ["februari"] = 2,
        ["pebruari"] = 2,
        ["maret"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["mei"] = 5,
        ["juni"] = 6,
        ["juli"] = 7,
        ["agustus"] = 8,
        ["agu"] = 8,
        ["agt"] = 8,
        ["agus"] = 8,
        ["september"] = 9,
        ["oktober"] = 10,
        ["okt"] = 10,
        ["november"] = 11,
        ["nopember"] = 11,
        ["desember"] = 12,
        ["des"] = 12,
        ["sept"] = 9,
    };

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = 0,
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["WET"] = 0,
        ["BST"] = 60,
        ["CET"] = 60,
        ["CEST"] = 120,
        ["EST"] = -300,
        ["EDT"] = -240,
        ["CST"] = -360,
        ["CDT"] = -300,
        ["MST"] = -420,
        ["MDT"] = -360,
        ["PST"] = -480,
        ["PDT"] = -420,
        ["AKST"] = -540,
        ["AKDT"] = -480,
        ["HST"] = -600,
        ["JST"] = 540,
        ["SGT"] = 480,
        ["WIB"] = 420,
        ["WITA"] = 480,
        ["WIT"] = 540,
        ["A"] = -60,
        ["M"] = -720,
        ["N"] = 60,
        ["Y"] = 720,
        ["IST"] = 330,
        ["AEST"] = 600,
        ["AEDT"] = 660,
        ["MSK"] = 180,
        ["EET"] = 120,
        ["EEST"] = 180,
        ["KST"] = 540,
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var text = value.Trim();
        try
        {
            return ParseIso(text) ?? ParseRfc822(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:(?:T|t|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    private static DateTimeOffset? ParseIso(string text)
    {
        var m = IsoPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = Int(m.Groups[1]);
        var month = m.Groups[2].Success ? Int(m.Groups[2]) : 1;
        var day = m.Groups[3].Success ? Int(m.Groups[3]) : 1;
        var hour = m.Groups[4].Success ? Int(m.Groups[4]) : 0;
        var minute = m.Groups[5].Success ? Int(m.Groups[5]) : 0;
        var second = m.Groups[6].Success ? Int(m.Groups[6]) : 0;
        var fraction = m.Groups[7].Success ? m.Groups[7].Value : "";
        var offset = 0;
        if (m.Groups[8].Success && !TryZone(m.Groups[8].Value, out offset))
        {
            return null;
        }

        var ticks = fraction.Length == 0 ? 0 : (long)(double.Parse("0." + fraction, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond);
        return Build(year, month, day, hour, minute, second, offset, ticks);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        int? day = null, month = null, year = null, hour = null, minute = null, second = null, zone = null;
        var tokens = text.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var raw in tokens)
        {
            var token = raw.TrimEnd('.');
            if (!token.Any(char.IsLetterOrDigit))
            {
                continue; // separators such as "-" or "|" between the date and the time
            }
            if (token.Contains(':', StringComparison.Ordinal) && hour is null)
            {
                if (!TryTime(token, out var h, out var mi, out var s, out var attachedZone))
                {
                    return null;
                }

                (hour, minute, second) = (h, mi, s);
                zone ??= attachedZone;
                continue;
            }

            if (token.Length > 1 && token[0] is '+' or '-' && zone is null && TryZone(token, out var numeric))
            {
                zone = numeric;
                continue;
            }

            if (token.Contains('-', StringComparison.Ordinal) && TryDashedDate(token, out var dd, out var dm, out var dy))
            {
                (day, month, year) = (dd, dm, dy);
                continue;
            }

            if (token.All(char.IsAsciiDigit))
            {
                var number = int.Parse(token, CultureInfo.InvariantCulture);
                if (day is null && token.Length <= 2)
                {
                    day = number;
                }
                else if (year is null && token.Length is 2 or 4)
                {
                    year = token.Length == 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
                }
                else
                {
                    return null;
                }

                continue;
            }

            if (token.All(char.IsLetter))
            {
                if (month is null && MonthNumber(token) is { } monthNumber)
                {
                    month = monthNumber;
                }
                else if (zone is null && hour is not null && ZoneMinutes.TryGetValue(token, out var named))
                {
                    zone = named;
                }

                // Anything else is a day name (English or Indonesian) or noise such as "pukul".
                continue;
            }

            if (token.StartsWith('(') || token.EndsWith(')'))
            {
                continue; // "(PST)" comments after the zone.
            }

            return null;
        }

        if (day is null || month is null || year is null)
        {
            return null;
        }

        return Build(year.Value, month.Value, day.Value, hour ?? 0, minute ?? 0, second ?? 0, zone ?? 0, 0);
    }

    private static bool TryTime(string token, out int hour, out int minute, out int second, out int? zone)
    {
        (hour, minute, second, zone) = (0, 0, 0, null);
        var zoneStart = token.IndexOfAny(['+', '-', 'Z', 'z'], 1);
        var time = zoneStart > 0 ? token[..zoneStart] : token;
        if (zoneStart > 0)
        {
            if (!TryZone(token[zoneStart..], out var minutes))
            {
                return false;
            }

            zone = minutes;
        }

        var parts = time.Replace('.', ':').Split(':');
        if (parts.Length is < 2 or > 4 || !parts.All(p => p.Length is 1 or 2 or 3 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        second = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        return true;
    }

    private static bool TryDashedDate(string token, out int day, out int month, out int year)
    {
        (day, month, year) = (0, 0, 0);
        var parts = token.Split('-');
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out day) || MonthNumber(parts[1]) is not { } m)
        {
            return false;
        }

        month = m;
        if (!int.TryParse(parts[2], CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        year = parts[2].Length == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        return true;
    }

    private static int? MonthNumber(string token)
    {
        if (LocalMonths.TryGetValue(token, out var local))
        {
            return local;
        }

        if (token.Length < 3)
        {
            return null;
        }

        var prefix = token[..3].ToLowerInvariant();
        var index = Array.IndexOf(EnglishMonths, prefix);
        return index >= 0 && (token.Length == 3 || EnglishMonthFull(index).StartsWith(token.ToLowerInvariant(), StringComparison.Ordinal)) ? index + 1 : null;
    }

    private static string EnglishMonthFull(int index) =>
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index].ToLowerInvariant();

    private static bool TryZone(string text, out int minutes)
    {
        minutes = 0;
        if (ZoneMinutes.TryGetValue(text, out minutes))
        {
            return true;
        }

        if (text.Length < 2 || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var mins = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || mins > 59)
        {
            return false;
        }

        minutes = (hours * 60 + mins) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, int offsetMinutes, long ticks)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60)
        {
            return null;
        }

        var extraDay = hour == 24;
        var leap = second == 60;
        var local = new DateTime(year, month, day, extraDay ? 0 : hour, minute, leap ? 59 : second, DateTimeKind.Unspecified).AddTicks(ticks);
        if (extraDay)
        {
            local = local.AddDays(1);
        }

        var utc = local.AddMinutes(-offsetMinutes);
        return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
