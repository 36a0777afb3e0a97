using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Analysis;

namespace NewsBot.Chat;

/// <summary>Every user-facing Indonesian string and format in one place.</summary>
public static class Texts
{
    /// <summary>Western Indonesian Time; Indonesia has no daylight saving time.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    // Indonesian number style without depending on ICU culture data: 1.234,5.
    private static readonly NumberFormatInfo IndonesianNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public const string Welcome =
        "Halo! Saya NewsBot. Saya memantau berita tentang kebocoran data, peretasan, dan masalah privasi " +
        "perusahaan yang Anda ikuti, lalu mengirim ringkasan berbahasa Indonesia beserta tautan sumbernya.\n\n" +
        "Mulai dengan /ikuti <nama perusahaan>, misalnya /ikuti tokopedia, atau /ikuti semua.\nKetik /bantuan untuk daftar perintah.";

    public const string HelpHeader = "Perintah NewsBot:";
    public const string UnknownCommand = "Perintah tidak dikenal. Ketik /bantuan untuk melihat daftar perintah.";
    public const string NotAdmin = "Maaf, hanya admin chat ini yang dapat mengubah langganan.";
    public const string SlowDown = "Pelan-pelan ya, terlalu banyak perintah. Coba lagi sebentar lagi.";

    /// <summary>The answer to a throttled command: which one was not run and when to send it again.</summary>
    public static string SlowDownFor(string command, TimeSpan wait) =>
        $"Pelan-pelan ya, terlalu banyak perintah: /{command} belum dijalankan. Kirim lagi dalam {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} detik.";
    public const string NoSubscriptions = "Chat ini belum mengikuti perusahaan mana pun. Mulai dengan /ikuti <nama perusahaan>.";
    public const string UpdatePrefix = "Pembaruan";
    public const string CommandFailed = "Maaf, terjadi kesalahan. Coba lagi sebentar lagi.";
    public const string BotCannotPost =
        "Saya belum bisa mengirim peringatan ke kanal ini. Beri NewsBot izin Lihat Kanal, Kirim Pesan, dan Sematkan Tautan, lalu coba lagi.";

    public const string AllCompanies = "semua";
    public const string AllCompaniesChoice = "semua (semua perusahaan)";
    public const string PreviousPage = "◀ Sebelumnya";
    public const string NextPage = "Berikutnya ▶";
    public const string ReadAt = "Baca";

    // Labels of an alert's facts, shared by every platform.
    public const string StatusField = "Status";
    public const string RecordsField = "Jumlah data";
    public const string DataTypesField = "Jenis data";
    public const string ActorField = "Pelaku (klaim)";
    public const string SourceField = "Sumber";
    public const string WhyPrefix = "Mengapa Anda menerima ini";

    public static string UnknownCompany(string name, IEnumerable<string> suggestions)
    {
        var list = string.Join(", ", suggestions);
        return list.Length == 0
            ? $"Perusahaan \"{name}\" tidak dikenal. Ketik /langganan untuk melihat yang Anda ikuti."
            : $"Perusahaan \"{name}\" tidak dikenal. Mungkin maksud Anda: {list}?";
    }

    /// <summary>The <c>/status</c> line of a platform whose bot token was rejected; it names no token.</summary>
    public static string PlatformStopped(string platform, DateTimeOffset since) =>
        $"{platform}: BERHENTI — token bot ditolak (401) sejak {FormatDateTime(since)}; operator perlu memperbaiki token lalu memulai ulang";

    public static string IncidentTypeLabel(IncidentType type) => type switch
    {
        IncidentType.DataLeak => "Kebocoran data",
        IncidentType.Hacking => "Peretasan/serangan siber",
        IncidentType.Ransomware => "Ransomware",
        IncidentType.DataCollection => "Pengumpulan/penyalahgunaan data",
        IncidentType.PolicyChange => "Perubahan kebijakan privasi",
        IncidentType.RegulatoryAction => "Sanksi/penegakan regulasi",
        IncidentType.Surveillance => "Pengawasan",
        _ => "Insiden privasi lainnya",
    };

    public static string StatusLabel(IncidentStatus status) => status switch
    {
        IncidentStatus.Alleged => "Dugaan/klaim",
        IncidentStatus.Confirmed => "Dikonfirmasi",
        IncidentStatus.Denied => "Dibantah",
        _ => "Belum jelas",
    };

    // Quiet hours and the daily digest.
    public const string QuietUsage =
        "Atur jam senyap, misalnya: /senyap 22:00-06:00. Peringatan yang datang di jam itu dikirim sekaligus saat jam senyap selesai. " +
        "Matikan dengan /senyap mati.";

    public const string DigestUsage =
        "Atur ringkasan harian, misalnya: /ringkasan 07:00. Semua peringatan hari itu dikirim sekali sehari pada jam tersebut. " +
        "Matikan dengan /ringkasan mati.";

    public const string QuietOff = "Jam senyap dimatikan. Peringatan dikirim begitu ada.";
    public const string DigestOff = "Ringkasan harian dimatikan. Peringatan dikirim begitu ada.";
    public const string NoSchedule = "Chat ini belum memakai jam senyap atau ringkasan harian: peringatan dikirim begitu ada.";

    public static string DigestStillOn(TimeOnly at, string zone = "WIB") =>
        $"Catatan: ringkasan harian aktif, jadi peringatan tetap dikumpulkan dan dikirim pukul {FormatTime(at)} {zone}.";

    public const string QuietSameTimes = "Jam mulai dan jam selesai tidak boleh sama. Contoh: /senyap 22:00-06:00.";

    public static string QuietSet(TimeOnly start, TimeOnly end, string zone = "WIB") =>
        $"Jam senyap diatur: {FormatTime(start)}–{FormatTime(end)} {zone}. Peringatan di jam itu dikirim pukul {FormatTime(end)} {zone}.";

    public static string DigestSet(TimeOnly at, string zone = "WIB") =>
        $"Ringkasan harian diatur: setiap hari pukul {FormatTime(at)} {zone}. Peringatan dikumpulkan dan dikirim sekaligus pada jam itu.";

    public static string InvalidTime(string input) => $"\"{input}\" bukan jam yang valid. Tulis seperti 07:00, 22.30, jam 7 pagi atau 7 malam.";

    /// <summary>The schedule lines of <c>/langganan</c>, or empty when the chat has none.</summary>
    public static string ScheduleSummary(Delivery.ChatSchedule schedule)
    {
        var lines = new List<string>();
        if (schedule.QuietStart is { } start && schedule.QuietEnd is { } end)
        {
            lines.Add($"Jam senyap: {FormatTime(start)}–{FormatTime(end)} {schedule.ZoneName}.");
        }

        if (schedule.DigestAt is { } at)
        {
            lines.Add($"Ringkasan harian: pukul {FormatTime(at)} {schedule.ZoneName}.");
        }

        return string.Join("\n", lines);
    }

    public static string DigestHeading(DigestReason reason, int count, int part, int parts)
    {
        var heading = reason == DigestReason.Daily
            ? $"Ringkasan harian NewsBot: {count} peringatan"
            : $"Selama jam senyap ada {count} peringatan";
        return parts > 1 ? $"{heading} (bagian {part}/{parts})" : heading;
    }

    /// <summary>"07:00".</summary>
    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Sabtu, 02 Mei 2020 13:43 WIB", in <paramref name="zone"/> (WIB when null).</summary>
    public static string FormatDateTime(DateTimeOffset instant, ChatZone? zone = null)
    {
        zone ??= ChatZone.Wib;
        var local = zone.Local(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{Days[(int)local.DayOfWeek]}, {local.Day:00} {Months[local.Month - 1]} {local.Year} {local.Hour:00}:{local.Minute:00} {zone.Name}");
    }

    /// <summary>"02 Mei 2020", the day in <paramref name="zone"/> (WIB when null).</summary>
    public static string FormatDate(DateTimeOffset instant, ChatZone? zone = null)
    {
        var local = (zone ?? ChatZone.Wib).Local(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day:00} {Months[local.Month - 1]} {local.Year}");
    }

    /// <summary>A record count with the text's hedge: "lebih dari 1,3 miliar", "sekitar 279 juta", "91 juta".</summary>
    public static string FormatCount(long count, Analysis.CountQualifier qualifier) => qualifier switch
    {
        Analysis.CountQualifier.MoreThan => "lebih dari " + FormatCount(count),
        Analysis.CountQualifier.About => "sekitar " + FormatCount(count),
        Analysis.CountQualifier.Nearly => "hampir " + FormatCount(count),
        Analysis.CountQualifier.UpTo => "hingga " + FormatCount(count),
        _ => FormatCount(count),
    };

    /// <summary>91000000 → "91 juta", 1300000000 → "1,3 miliar".</summary>
    public static string FormatCount(long count)
    {
        return count switch
        {
            >= 1_000_000_000 => $"{Math.Round(count / 1e9, 1).ToString("0.#", IndonesianNumbers)} miliar",
            >= 1_000_000 => $"{Math.Round(count / 1e6, 1).ToString("0.#", IndonesianNumbers)} juta",
            >= 10_000 => $"{Math.Round(count / 1e3, 1).ToString("0.#", IndonesianNumbers)} ribu",
            _ => count.ToString("N0", IndonesianNumbers),
        };
    }
}
