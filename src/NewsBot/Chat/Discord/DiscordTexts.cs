namespace NewsBot.Chat.Discord;

/// <summary>Indonesian strings only the Discord adapter uses (candidates for <see cref="Texts"/>).</summary>
public static class DiscordTexts
{
    public const string Failed = "Maaf, terjadi kesalahan. Coba lagi sebentar lagi.";
    public const string Previous = "◀ Sebelumnya";
    public const string Next = "Berikutnya ▶";
    public const string AllCompanies = "semua";
    public const string AllCompaniesChoice = "semua (semua perusahaan)";
}
