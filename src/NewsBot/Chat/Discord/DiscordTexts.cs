namespace NewsBot.Chat.Discord;

/// <summary>Indonesian strings only the Discord adapter uses (candidates for <see cref="Texts"/>).</summary>
public static class DiscordTexts
{
    public const string Failed = "Maaf, terjadi kesalahan. Coba lagi sebentar lagi.";
    public const string Previous = "◀ Sebelumnya";
    public const string Next = "Berikutnya ▶";
    public const string BotCannotPost =
        "Saya belum bisa mengirim peringatan ke kanal ini. Beri NewsBot izin Lihat Kanal, Kirim Pesan, dan Sematkan Tautan, lalu coba lagi.";

    public const string AllCompanies = "semua";
    public const string AllCompaniesChoice = "semua (semua perusahaan)";
}
