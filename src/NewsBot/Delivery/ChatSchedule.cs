using System.Data.Common;

namespace NewsBot.Delivery;

/// <summary>
/// When a chat wants its alerts, in WIB: quiet hours hold alerts until the window ends (a window may wrap past
/// midnight, e.g. 22:00–06:00); a daily digest holds every alert until the digest time and sends them together.
/// A digest wins over quiet hours: the chat chose that time itself.
/// </summary>
public sealed record ChatSchedule(TimeOnly? QuietStart = null, TimeOnly? QuietEnd = null, TimeOnly? DigestAt = null)
{
    /// <summary>Western Indonesia Time (UTC+7): schedules and dates are shown in it by default.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static readonly ChatSchedule None = new();

    /// <summary>When an alert due at <paramref name="now"/> may be sent, or null to send it now.</summary>
    public DateTimeOffset? HoldUntil(DateTimeOffset now)
    {
        var local = now.ToOffset(Wib);
        if (DigestAt is { } digest)
        {
            return Next(local, digest);
        }

        if (QuietStart is { } start && QuietEnd is { } end && TimeOnly.FromTimeSpan(local.TimeOfDay).IsBetween(start, end))
        {
            return Next(local, end);
        }

        return null;
    }

    /// <summary>Minutes after midnight, the form stored in <c>chats</c>.</summary>
    public static int? ToMinutes(TimeOnly? time) => time is { } t ? (t.Hour * 60) + t.Minute : null;

    public static TimeOnly? FromMinutes(long? minutes) => minutes is { } m ? new TimeOnly((int)(m / 60), (int)(m % 60)) : null;

    /// <summary>Reads <c>quiet_start, quiet_end, digest_at</c> from three columns starting at <paramref name="ordinal"/>.</summary>
    public static ChatSchedule Read(DbDataReader reader, int ordinal) =>
        new(Minutes(reader, ordinal), Minutes(reader, ordinal + 1), Minutes(reader, ordinal + 2));

    private static TimeOnly? Minutes(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : FromMinutes(reader.GetInt64(ordinal));

    /// <summary>The first moment after <paramref name="local"/> when the WIB clock shows <paramref name="time"/>.</summary>
    private static DateTimeOffset Next(DateTimeOffset local, TimeOnly time)
    {
        var today = new DateTimeOffset(local.Date + time.ToTimeSpan(), local.Offset);
        return today > local ? today : today.AddDays(1);
    }
}
