using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Chat;

/// <summary>
/// Times of day as people type them in chat: "07:00", "7.30" (the Indonesian style), "22", "jam 7 pagi", "7 malam",
/// "pukul 19.30", optionally followed by "WIB"; ranges joined by "-", "–", "s/d", "sampai" or "hingga"
/// ("22.00 s/d 06.00"). A trailing zone name ("22:00-06:00 WITA") is taken off first with <see cref="TakeZone"/>.
/// </summary>
public static partial class ClockTimes
{
    private static readonly string[] OffWords = ["mati", "off", "nonaktif", "hapus", "tidak", "stop"];

    public static bool IsOff(string text) => OffWords.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>"22:00-06:00 WITA" gives "22:00-06:00" and WITA; without a zone name the text comes back unchanged and zone is null.</summary>
    public static string TakeZone(string text, out ChatZone? zone)
    {
        text = text.Trim();
        var space = text.LastIndexOf(' ');
        zone = space > 0 ? ChatZone.Find(text[(space + 1)..]) : null;
        return zone is null ? text : text[..space].TrimEnd();
    }

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
        if (match.Groups["p"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = WithPartOfDay(hour, match.Groups["p"].Value.ToLowerInvariant());
        }

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

    // "jam 12 siang" is noon and "jam 12 malam" midnight; "jam 2 malam" is still night (02:00), "jam 8 malam" 20:00.
    private static int WithPartOfDay(int hour, string part) => part switch
    {
        "pagi" => hour == 12 ? 0 : hour,
        "siang" => hour is >= 1 and <= 5 ? hour + 12 : hour,
        "sore" => hour == 12 ? 12 : hour + 12,
        _ => hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour,
    };

    [GeneratedRegex(@"^(?:(?:jam|pukul|pk\.?)\s*)?(?<h>[0-9]{1,2})(?:[:.](?<m>[0-9]{2}))?(?:\s*(?<p>pagi|siang|sore|malam))?(?:\s*WIB)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<a>.+?)\s*(?:-|–|—|s/d|sampai|hingga)\s*(?<b>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
