namespace NewsBot.Chat;

/// <summary>
/// One of Indonesia's three time zones. Indonesia has no daylight saving time, so a fixed offset is exact and needs
/// no time-zone database on the machine.
/// </summary>
public sealed record ChatZone(string Name, TimeSpan Offset, string IanaId)
{
    public static readonly ChatZone Wib = new("WIB", TimeSpan.FromHours(7), "Asia/Jakarta");
    public static readonly ChatZone Wita = new("WITA", TimeSpan.FromHours(8), "Asia/Makassar");
    public static readonly ChatZone Wit = new("WIT", TimeSpan.FromHours(9), "Asia/Jayapura");

    public static readonly IReadOnlyList<ChatZone> All = [Wib, Wita, Wit];

    /// <summary>By name ("wita") or IANA id ("Asia/Makassar"); null when unknown.</summary>
    public static ChatZone? Find(string? text) => text is null ? null
        : All.FirstOrDefault(z => z.Name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase) || z.IanaId.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The stored name, falling back to WIB for anything unknown.</summary>
    public static ChatZone FromStored(string? name) => Find(name) ?? Wib;

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Offset);
}
