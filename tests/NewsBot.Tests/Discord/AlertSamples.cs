using NewsBot.Alerts;
using NewsBot.Analysis;

namespace NewsBot.Tests.Discord;

internal static class AlertSamples
{
    public static Alert Seed(string title = "Ponsel Cerdasnya Dituduh Curi Data Pengguna, Ini Pembelaan Xiaomi", string summary = "Xiaomi membantah tudingan mengumpulkan data pengguna.") => new(
        "Xiaomi",
        IncidentType.DataCollection,
        IsUpdate: false,
        new DateTimeOffset(2020, 5, 2, 13, 43, 0, TimeSpan.FromHours(7)),
        title,
        summary,
        [new AlertSource("SINDOnews", "https://tekno.sindonews.com/read/xiaomi", title, "id")],
        new IncidentFacts(2_000_000, ["riwayat penjelajahan", "perangkat"], null, IncidentStatus.Denied, null),
        "Chat ini mengikuti Xiaomi.");

    public static Alert Huge()
    {
        var sources = Enumerable.Range(0, 200)
            .Select(i => new AlertSource($"Outlet {i}", $"https://example.com/{i}/{new string('p', 200)}", new string('t', 300) + i, "id"))
            .ToList();
        var facts = new IncidentFacts(long.MaxValue, [.. Enumerable.Range(0, 300).Select(i => "jenis data " + i)], new string('a', 2000), IncidentStatus.Alleged, null);
        return Seed(new string('T', 1000), new string('s', 10_000)) with { Sources = sources, Facts = facts, Why = new string('w', 5000) };
    }
}
