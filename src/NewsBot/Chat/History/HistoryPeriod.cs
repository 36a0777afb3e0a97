using System.Globalization;
using NewsBot.Alerts;
using NewsBot.History;

namespace NewsBot.Chat.History;

/// <summary>
/// A period of <c>/insiden</c> as people write it: <c>2023</c>, <c>mei 2023</c>, <c>30 hari</c> (also minggu, bulan,
/// tahun, optionally "terakhir"), <c>hari ini</c>, <c>minggu ini</c>, <c>bulan ini</c>, <c>tahun ini</c>, <c>bulan lalu</c>,
/// <c>tahun lalu</c>. Calendar boundaries are midnights in the chat's zone.
/// </summary>
public sealed record HistoryPeriod(TimeRange Range, string Label)
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    private static readonly string[] MonthNames = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

    /// <summary>Reads <paramref name="words"/> (lower case) as a period; null when they are not one.</summary>
    public static HistoryPeriod? TryParse(IReadOnlyList<string> words, DateTimeOffset now, ChatZone zone)
    {
        var local = zone.Local(now);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, zone.Offset);
        var thisMonth = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, zone.Offset);
        var thisYear = new DateTimeOffset(local.Year, 1, 1, 0, 0, 0, zone.Offset);
        return words switch
        {
            [var year] when IsYear(year, out var y) => Calendar(new DateTimeOffset(y, 1, 1, 0, 0, 0, zone.Offset), 12, $"tahun {y}"),
            [var month, var year] when MonthOf(month) is { } m && IsYear(year, out var y) =>
                Calendar(new DateTimeOffset(y, m, 1, 0, 0, 0, zone.Offset), 1, $"{Capitalize(MonthNames[m - 1])} {y}"),
            ["hari", "ini"] => new HistoryPeriod(new TimeRange(today, today.AddDays(1)), "hari ini"),
            ["minggu", "ini"] => new HistoryPeriod(new TimeRange(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), null), "minggu ini"),
            ["bulan", "ini"] => new HistoryPeriod(new TimeRange(thisMonth, null), "bulan ini"),
            ["tahun", "ini"] => new HistoryPeriod(new TimeRange(thisYear, null), "tahun ini"),
            ["bulan", "lalu"] => Calendar(thisMonth.AddMonths(-1), 1, "bulan lalu"),
            ["tahun", "lalu"] => Calendar(thisYear.AddYears(-1), 12, "tahun lalu"),
            [var count, var unit, "terakhir"] => Recent(count, unit, now),
            [var count, var unit] => Recent(count, unit, now),
            _ => null,
        };
    }

    public static bool IsYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= FirstYear and <= LastYear;

    private static HistoryPeriod Calendar(DateTimeOffset start, int months, string label) => new(new TimeRange(start, start.AddMonths(months)), label);

    private static HistoryPeriod? Recent(string count, string unit, DateTimeOffset now)
    {
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 3650)
        {
            return null;
        }

        DateTimeOffset? from = unit switch
        {
            "hari" => now.AddDays(-n),
            "minggu" => now.AddDays(-7 * n),
            "bulan" => now.AddMonths(-n),
            "tahun" => now.AddYears(-Math.Min(n, 100)),
            _ => null,
        };
        return from is null ? null : new HistoryPeriod(new TimeRange(from, null), $"{n} {unit} terakhir");
    }

    private static int? MonthOf(string word)
    {
        var index = Array.FindIndex(MonthNames, name => name == word || (word.Length >= 3 && name.StartsWith(word, StringComparison.Ordinal)));
        return index < 0 ? null : index + 1;
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
