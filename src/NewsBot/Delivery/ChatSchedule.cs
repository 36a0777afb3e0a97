using System.Data.Common;
using NewsBot.Chat;

namespace NewsBot.Delivery;

/// <summary>
/// When a chat wants its alerts, in the chat's time zone (<paramref name="ZoneName"/>: WIB, WITA or WIT): quiet hours hold alerts until the window ends (a window may wrap past
/// midnight, e.g. 22:00–06:00); a daily digest holds every alert until the digest time and sends them together.
/// A digest wins over quiet hours: the chat chose that time itself.
/// </summary>
public sealed record ChatSchedule(TimeOnly? QuietStart = null, TimeOnly? QuietEnd = null, TimeOnly? DigestAt = null, string ZoneName = "WIB")
{
    public static readonly ChatSchedule None = new();

    public ChatZone Zone => ChatZone.FromStored(ZoneName);

    /// <summary>When an alert due at <paramref name="now"/> may be sent, or null to send it now.</summary>
    public DateTimeOffset? HoldUntil(DateTimeOffset now)
    {
        var local = Zone.Local(now);
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

    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns = "c.quiet_start, c.quiet_end, c.digest_at, c.time_zone";

    /// <summary>Reads <see cref="Columns"/> (four columns) starting at <paramref name="ordinal"/>.</summary>
    public static ChatSchedule Read(DbDataReader reader, int ordinal) =>
        new(Minutes(reader, ordinal), Minutes(reader, ordinal + 1), Minutes(reader, ordinal + 2), ChatZone.FromStored(reader.IsDBNull(ordinal + 3) ? null : reader.GetString(ordinal + 3)).Name);

    private static TimeOnly? Minutes(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : FromMinutes(reader.GetInt64(ordinal));

    /// <summary>The first moment after <paramref name="local"/> when the local clock shows <paramref name="time"/>.</summary>
    private static DateTimeOffset Next(DateTimeOffset local, TimeOnly time)
    {
        var today = new DateTimeOffset(local.Date + time.ToTimeSpan(), local.Offset);
        return today > local ? today : today.AddDays(1);
    }
}
