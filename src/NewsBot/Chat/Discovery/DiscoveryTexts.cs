using NewsBot.Feeds;

namespace NewsBot.Chat.Discovery;

/// <summary>The Indonesian answers of /perusahaan and /sumber.</summary>
public static class DiscoveryTexts
{
    public const string CompaniesFooter = "Ikuti dengan /ikuti <nama>; cari dengan /perusahaan <kata>; perusahaan lain bisa dilacak dengan /lacak <nama>.";
    public const string NoSources = "Belum ada sumber berita yang dibaca.";

    public static string CompaniesHeader(string query, int count, int page, int pages) =>
        (query.Length == 0 ? $"Perusahaan yang dipantau ({count})" : $"Perusahaan yang cocok dengan \"{query}\" ({count})") +
        (pages > 1 ? $", halaman {page} dari {pages}:" : ":");

    public static string NoCompanyMatch(string query) =>
        $"Tidak ada perusahaan yang cocok dengan \"{query}\". Lihat semua dengan /perusahaan, atau lacak sendiri dengan /lacak {query}.";

    public static string PastLastPage(int page, int pages) =>
        $"Halaman {page} tidak ada: daftarnya hanya {pages} halaman. Coba /perusahaan {pages}.";

    public static string SourcesHeader(int count, int failing, int disabled) =>
        $"Sumber berita yang dibaca: {count} ({count - failing - disabled} normal, {failing} sedang gagal, {disabled} nonaktif)";

    /// <summary>"SINDOnews — normal, terakhir berhasil Sabtu, 02 Mei 2020 13:43 WIB" (in the chat's zone) or why it fails.</summary>
    public static string SourceLine(FeedHealth feed, ChatZone zone)
    {
        var last = feed.LastSuccessAt is { } at ? $"terakhir berhasil {Texts.FormatDateTime(at, zone)}" : "belum pernah berhasil dibaca";
        if (feed.Disabled)
        {
            return $"{feed.Name} — NONAKTIF ({feed.DisabledReason ?? "tanpa alasan"}); {last}";
        }

        return feed.Failing
            ? $"{feed.Name} — GAGAL {feed.ConsecutiveFailures}× berturut-turut ({Shorten(feed.LastError)}); {last}"
            : $"{feed.Name} — normal, {last}";
    }

    private static string Shorten(string? error) =>
        error is null ? "tanpa keterangan" : error.Length <= 120 ? error : error[..119] + "…";
}
