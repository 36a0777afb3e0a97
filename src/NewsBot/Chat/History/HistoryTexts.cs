namespace NewsBot.Chat.History;

/// <summary>The Indonesian strings of /insiden, /terbaru and /cari.</summary>
public static class HistoryTexts
{
    public const string IncidentsUsage =
        "Tulis nama perusahaannya, misalnya: /insiden tokopedia. Bisa ditambah periode (/insiden tokopedia 2023, " +
        "/insiden tokopedia 30 hari, /insiden tokopedia bulan ini) atau halaman (/insiden tokopedia 2). Detail satu insiden: /insiden #12.";

    public const string SearchUsage =
        "Tulis kata kuncinya, misalnya: /cari kebocoran data atau /cari tokopedia peretasan. Halaman berikutnya: /cari kebocoran data halaman 2.";

    public const string LatestUsage = "Tulis jumlahnya (1–20), misalnya: /terbaru 10.";
    public const string NoIncidentsAtAll = "Belum ada insiden privasi yang tercatat.";
    public const string DetailHint = "Detail satu insiden: /insiden #<nomor>.";
    public const string FirstReport = "laporan pertama";
    public const string NoCompany = "tanpa perusahaan terkait";

    public static string NoIncidents(string company, string? period) =>
        period is null ? $"Belum ada insiden privasi tercatat untuk {company}." : $"Tidak ada insiden privasi {company} pada periode {period}.";

    public static string IncidentsHeader(string company, string? period, int page, int pages, int total) =>
        $"Insiden privasi {company}{(period is null ? "" : $" ({period})")}: {total} insiden tercatat" + PageSuffix(page, pages);

    public static string PagePastEnd(int page, int pages, string example) =>
        $"Halaman {page} tidak ada: hanya ada {pages} halaman. Coba {example}.";

    public static string NoSuchIncident(long id) => $"Insiden #{id} tidak ditemukan. Lihat nomornya di /insiden <perusahaan> atau /terbaru.";

    public static string LatestHeader(int count) => $"{count} insiden privasi terbaru:";

    public static string DetailHeader(long id, string company, string type) => $"Insiden #{id}: {company} — {type}";

    public const string FirstReportedField = "Pertama diberitakan";
    public const string CompaniesField = "Perusahaan terkait";
    public const string SummaryField = "Ringkasan";

    public static string ReportedBy(int outlets, int articles) =>
        articles == outlets ? $"Diberitakan oleh {outlets} media:" : $"Diberitakan oleh {outlets} media ({articles} artikel):";

    public static string NoSearchWords(string query) =>
        $"\"{query}\" tidak berisi kata yang bisa dicari. " + SearchUsage;

    public static string NoSearchHits(string query) => $"Tidak ada berita tersimpan yang cocok dengan \"{query}\".";

    public static string SearchHeader(string query, int page, int pages, int total, bool capped) =>
        (capped ? $"Hasil pencarian \"{query}\": sedikitnya {total} berita; {total} yang terbaru diurutkan menurut kecocokan"
                : $"Hasil pencarian \"{query}\": {total} berita") + PageSuffix(page, pages);

    private static string PageSuffix(int page, int pages) => pages > 1 ? $" (halaman {page}/{pages})." : ".";
}
