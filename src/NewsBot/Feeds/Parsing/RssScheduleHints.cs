using System.Globalization;
using System.Xml.Linq;
using static NewsBot.Feeds.Parsing.XmlHelpers;

namespace NewsBot.Feeds.Parsing;

/// <summary>RSS 2.0 channel hints for polling: &lt;ttl&gt; (minutes), &lt;skipHours&gt; (0–23, GMT) and &lt;skipDays&gt;.</summary>
internal static class RssScheduleHints
{
    public static ParsedFeed AddTo(ParsedFeed feed, XElement? channel) => channel is null ? feed : feed with
    {
        Ttl = Ttl(channel),
        SkipHours = Values(channel, "skipHours", "hour", Hour),
        SkipDays = Values(channel, "skipDays", "day", Day),
    };

    private static TimeSpan? Ttl(XElement channel) =>
        int.TryParse(TextOf(Core(channel, "ttl")), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and < 100_000
            ? TimeSpan.FromMinutes(minutes)
            : null;

    private static List<T> Values<T>(XElement channel, string listName, string entryName, Func<string, T?> parse)
        where T : struct
    {
        var list = Core(channel, listName);
        if (list is null)
        {
            return [];
        }

        return CoreAll(list, entryName).Select(e => TextOf(e) is { } text ? parse(text) : null)
            .OfType<T>().Distinct().Order().ToList();
    }

    // The spec says 0–23; some feeds write 24 for midnight.
    private static int? Hour(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 24 ? hour % 24 : null;

    private static DayOfWeek? Day(string text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !char.IsAsciiDigit(text[0]) ? day : null;
}
