using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Chat;

/// <summary>
/// Times of day as people type them in chat: "07:00", "7.30" (the Indonesian style), "22", optionally followed
/// by "WIB"; ranges joined by "-", "–", "s/d", "sampai" or "hingga" ("22.00 s/d 06.00").
/// </summary>
public static partial class ClockTimes
{
    private static readonly string[] OffWords = ["mati", "off", "nonaktif", "hapus", "tidak", "stop"];

    public static bool IsOff(string text) => OffWords.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string text, out TimeOnly time)
    {
        time = default;
        var match = Time().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    public static bool TryParseRange(string text, out TimeOnly start, out TimeOnly end)
    {
        start = end = default;
        var match = Range().Match(text.Trim());
        return match.Success && TryParse(match.Groups["a"].Value, out start) && TryParse(match.Groups["b"].Value, out end);
    }

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:[:.](?<m>[0-9]{2}))?(?:\s*WIB)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<a>.+?)\s*(?:-|–|—|s/d|sampai|hingga)\s*(?<b>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
