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
        SkipHours = Hours(Flags(channel, "skipHours", "hour", 24, Hour)),
        SkipDays = Days(Flags(channel, "skipDays", "day", 7, Day)),
    };

    private static TimeSpan? Ttl(XElement channel) =>
        int.TryParse(TextOf(Core(channel, "ttl")), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and < 100_000
            ? TimeSpan.FromMinutes(minutes)
            : null;

    /// <summary>
    /// Which values occur. Flags instead of LINQ's Distinct/Order over value types: those generic instantiations are
    /// not in the ReadyToRun image, and their JIT cost showed up in every `feed parse` run.
    /// </summary>
    private static bool[] Flags(XElement channel, string listName, string entryName, int range, Func<string, int> parse)
    {
        var seen = new bool[range];
        if (Core(channel, listName) is { } list)
        {
            foreach (var entry in CoreAll(list, entryName))
            {
                if (TextOf(entry) is { } text && parse(text) is var value and >= 0)
                {
                    seen[value] = true;
                }
            }
        }

        return seen;
    }

    private static int[] Hours(bool[] seen)
    {
        var hours = new int[CountOf(seen)];
        for (int hour = 0, next = 0; next < hours.Length; hour++)
        {
            if (seen[hour])
            {
                hours[next++] = hour;
            }
        }

        return hours;
    }

    private static DayOfWeek[] Days(bool[] seen)
    {
        var days = new DayOfWeek[CountOf(seen)];
        for (int day = 0, next = 0; next < days.Length; day++)
        {
            if (seen[day])
            {
                days[next++] = (DayOfWeek)day;
            }
        }

        return days;
    }

    private static int CountOf(bool[] seen)
    {
        var count = 0;
        foreach (var flag in seen)
        {
            count += flag ? 1 : 0;
        }

        return count;
    }

    // The spec says 0–23; some feeds write 24 for midnight. -1: not an hour.
    private static int Hour(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 24 ? hour % 24 : -1;

    // The non-generic overloads: their code is precompiled in the framework, the generic ones are compiled at run time.
    private static int Day(string text) =>
        Enum.TryParse(typeof(DayOfWeek), text, ignoreCase: true, out var day) && Enum.IsDefined(typeof(DayOfWeek), day!) && !char.IsAsciiDigit(text[0]) ? (int)day! : -1;
}
