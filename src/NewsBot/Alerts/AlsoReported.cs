namespace NewsBot.Alerts;

/// <summary>
/// "Juga diberitakan: Kompas, Detik": other outlets whose reports joined an incident without an alert of their own.
/// The platform-neutral part; each platform links the outlet names in its own markup and escapes them.
/// </summary>
public static class AlsoReported
{
    public const string Label = "Juga diberitakan";

    /// <summary>One entry per outlet, in the order given, leaving out outlets in <paramref name="shownAlready"/>.</summary>
    public static IReadOnlyList<AlsoReportedOutlet> Outlets(IEnumerable<AlsoReportedOutlet> reports, IEnumerable<string> shownAlready)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var seen = new HashSet<string>(shownAlready, StringComparer.OrdinalIgnoreCase);
        return [.. reports.Where(r => r.Outlet.Length > 0 && seen.Add(r.Outlet))];
    }

    /// <summary>A digest entry lists its alert's first source; the sources after it are the other outlets.</summary>
    public static IReadOnlyList<AlsoReportedOutlet> Outlets(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Outlets(alert.Sources.Skip(1).Select(s => new AlsoReportedOutlet(s.Outlet, s.Url)), alert.Sources.Take(1).Select(s => s.Outlet));
    }

    /// <summary>The plain line, or empty when there is no other outlet.</summary>
    public static string Plain(IReadOnlyList<AlsoReportedOutlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        return outlets.Count == 0 ? "" : $"{Label}: {string.Join(", ", outlets.Select(o => o.Outlet))}";
    }
}

/// <summary>An outlet that also reported an incident, with the link to its report (may be empty).</summary>
public sealed record AlsoReportedOutlet(string Outlet, string? Url);
