using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>Explicit dates in Indonesian and English news text: "2 Mei 2020", "Sabtu (2/5/2020)", "May 2, 2020".</summary>
internal static partial class DateMentions
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1,
        ["january"] = 1,
        ["jan"] = 1,
        ["februari"] = 2,
        ["february"] = 2,
        ["feb"] = 2,
        ["pebruari"] = 2,
        ["maret"] = 3,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["mei"] = 5,
        ["may"] = 5,
        ["juni"] = 6,
        ["june"] = 6,
        ["jun"] = 6,
        ["juli"] = 7,
        ["july"] = 7,
        ["jul"] = 7,
        ["agustus"] = 8,
        ["august"] = 8,
        ["agu"] = 8,
        ["aug"] = 8,
        ["agt"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oktober"] = 10,
        ["october"] = 10,
        ["okt"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["nopember"] = 11,
        ["desember"] = 12,
        ["december"] = 12,
        ["des"] = 12,
        ["dec"] = 12,
    };

    /// <summary>
    /// The earliest date stated in the text, if it lies within 60 days before publication (older dates are
    /// background, such as an earlier incident); without a publication date, the earliest date at all.
    /// </summary>
    public static DateTimeOffset? Earliest(string text, DateTimeOffset? published)
    {
        DateTimeOffset? best = null;
        foreach (var date in All(text))
        {
            if (published is { } p && (date > p.AddDays(1) || date < p.AddDays(-60)))
            {
                continue;
            }

            if (best is null || date < best)
            {
                best = date;
            }
        }

        return best;
    }

    internal static IEnumerable<DateTimeOffset> All(string text)
    {
        foreach (Match m in DayMonthYearRegex().Matches(text))
        {
            if (Create(m.Groups["y"].Value, Months[m.Groups["m"].Value], m.Groups["d"].Value) is { } d)
            {
                yield return d;
            }
        }

        foreach (Match m in MonthDayYearRegex().Matches(text))
        {
            if (Create(m.Groups["y"].Value, Months[m.Groups["m"].Value], m.Groups["d"].Value) is { } d)
            {
                yield return d;
            }
        }

        foreach (Match m in NumericRegex().Matches(text))
        {
            if (int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && Create(m.Groups["y"].Value, month, m.Groups["d"].Value) is { } d)
            {
                yield return d;
            }
        }
    }

    private static DateTimeOffset? Create(string year, int month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y < 100)
        {
            y += 2000;
        }

        if (y is < 1990 or > 2100 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        // Indonesian news dates are WIB (UTC+7).
        return new DateTimeOffset(y, month, d, 0, 0, 0, TimeSpan.FromHours(7));
    }

    private const string MonthNames =
        "januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agu|agt|aug|" +
        "september|sept|sep|oktober|october|okt|oct|november|nopember|nov|desember|december|des|dec";

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>" + MonthNames + @")\.?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"\b(?<m>" + MonthNames + @")\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"\((?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2,4})\)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();
}
