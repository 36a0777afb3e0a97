using System.Globalization;
using System.Text;
using NewsBot.Delivery;
using NewsBot.Feeds;

namespace NewsBot.Chat;

/// <summary>The Indonesian `/status` answer: feeds and the delivery queue.</summary>
public static class StatusText
{
    public static string Format(IReadOnlyList<FeedState> feeds, OutboxSummary outbox)
    {
        var failing = feeds.Count(f => f.DisabledAt is null && f.ConsecutiveFailures > 0);
        var disabled = feeds.Count(f => f.DisabledAt is not null);
        var text = new StringBuilder("Status NewsBot").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Sumber berita: {feeds.Count} ({feeds.Count - failing - disabled} normal, {failing} sedang gagal, {disabled} nonaktif)")
            .AppendLines(feeds.Where(f => f.DisabledAt is null && f.ConsecutiveFailures > 0).Select(f =>
                $"  Gagal: {f.Name} ({f.ConsecutiveFailures}× berturut-turut{(f.LastError is { } e ? ": " + (e.Length > 100 ? e[..99] + "…" : e) : "")})"))
            .AppendLines(feeds.Where(f => f.DisabledAt is not null).Select(f => $"  Nonaktif: {f.Name} ({f.DisabledReason ?? "tanpa alasan"})"))
            .AppendLine(CultureInfo.InvariantCulture, $"Antrean pengiriman: {outbox.Pending} menunggu, {outbox.Sending} sedang dikirim, {outbox.Held} ditahan (jam senyap/ringkasan)")
            .AppendLine(outbox.OldestPendingAge is { } age ? $"Peringatan tertua menunggu {FormatAge(age)}" : "Tidak ada peringatan yang tertunda");
        foreach (var platform in outbox.Platforms)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{platform.Platform}: {platform.Sent} terkirim, {platform.Failed} gagal, {platform.Skipped} dilewati");
        }

        foreach (var stopped in outbox.Stopped)
        {
            text.AppendLine(Texts.PlatformStopped(stopped.Platform, stopped.Since));
        }

        return text.ToString().TrimEnd();
    }

    private static StringBuilder AppendLines(this StringBuilder text, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        return text;
    }

    private static string FormatAge(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => $"{(int)age.TotalSeconds} detik",
        { TotalHours: < 1 } => $"{(int)age.TotalMinutes} menit",
        { TotalDays: < 1 } => $"{(int)age.TotalHours} jam",
        _ => $"{(int)age.TotalDays} hari",
    };
}
