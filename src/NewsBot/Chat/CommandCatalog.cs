namespace NewsBot.Chat;

/// <summary>
/// Every chat command with its Indonesian name, English alias and descriptions. Platforms publish
/// this list (Telegram setMyCommands, Discord slash commands); the router accepts both names.
/// </summary>
public static class CommandCatalog
{
    private static readonly CommandArgument Company = new("perusahaan", "company", "Nama perusahaan", "Company name", IsCompany: true);
    private static readonly CommandArgument CompanyHistory = Company with
    {
        Description = "Perusahaan, lalu periode (2023, 30 hari, bulan ini) atau halaman; #12 untuk detail",
        EnglishDescription = "Company, then a period (2023, 30 hari) or page; #12 for one incident",
    };

    private static readonly CommandArgument LatestCount = new("jumlah", "count", "Berapa insiden (1–20), bawaan 5", "How many incidents (1–20), default 5", IsCompany: false);
    private static readonly CommandArgument SearchWords = new("kata", "keywords", "Kata kunci, misalnya: kebocoran data", "Keywords, e.g. kebocoran data", IsCompany: false);
    private static readonly CommandArgument CompanyOrAll = Company with { Description = "Nama perusahaan atau \"semua\"", EnglishDescription = "Company name or \"all\"" };

    private static readonly CommandArgument IncidentTypes = new("jenis", "type", "Hanya satu jenis insiden", "Only one incident type", IsCompany: false)
    {
        Choices = [.. Subscriptions.IncidentTypeWords.Main.Select(m => m.Word)],
    };

    public static readonly IReadOnlyList<CommandInfo> All =
    [
        new("mulai", "start", "Mulai dan lihat cara memakai NewsBot", "Start and see how to use NewsBot", null, ChangesSettings: false),
        new("bantuan", "help", "Daftar perintah", "List of commands", null, ChangesSettings: false),
        new("ikuti", "subscribe", "Ikuti insiden privasi sebuah perusahaan", "Follow a company's privacy incidents", CompanyOrAll, ChangesSettings: true) { Types = IncidentTypes },
        new("berhenti", "unsubscribe", "Berhenti mengikuti perusahaan, atau satu jenis insidennya", "Stop following a company, or one incident type", CompanyOrAll, ChangesSettings: true)
        {
            Types = IncidentTypes with { Description = "Hanya jenis ini yang berhenti", EnglishDescription = "Stop only this incident type" },
        },
        new("langganan", "list", "Perusahaan yang diikuti chat ini", "Companies this chat follows", null, ChangesSettings: false),
        new("insiden", "incidents", "Riwayat insiden privasi sebuah perusahaan", "A company's privacy incident history", CompanyHistory, ChangesSettings: false),
        new("terbaru", "latest", "Insiden privasi terbaru dari semua perusahaan", "Latest privacy incidents of all companies", LatestCount, ChangesSettings: false),
        new("cari", "search", "Cari berita tersimpan dengan kata kunci", "Search stored news by keywords", SearchWords, ChangesSettings: false),
        new("status", "status", "Keadaan bot dan antrean pengiriman", "Bot and delivery queue status", null, ChangesSettings: false),
        new(
            "senyap", "quiet", "Jam senyap: peringatan ditahan lalu dikirim saat jam senyap selesai", "Quiet hours: alerts wait until they end",
            new("jam", "hours", "Rentang jam, misalnya 22:00-06:00 atau 22:00-06:00 WITA, atau \"mati\"", "Hours such as 22:00-06:00 (WITA), or \"off\"", IsCompany: false),
            ChangesSettings: true),
        new(
            "ringkasan", "digest", "Ringkasan harian: semua peringatan dikirim sekali sehari", "Daily digest: all alerts once a day",
            new("jam", "time", "Jam, misalnya 07:00 atau jam 7 pagi, atau \"mati\"", "Time such as 07:00 or 7 pagi, or \"off\"", IsCompany: false),
            ChangesSettings: true),
        new(
            "zona", "timezone", "Zona waktu chat: WIB, WITA atau WIT", "The chat's time zone: WIB, WITA or WIT",
            new("zona", "zone", "WIB, WITA atau WIT", "WIB, WITA or WIT", IsCompany: false) { Choices = ["WIB", "WITA", "WIT"] },
            ChangesSettings: true),
        new(
            "perusahaan", "companies", "Daftar perusahaan yang dipantau, atau cari: /perusahaan bank", "Tracked companies, or search them",
            new("kata", "query", "Kata yang dicari atau nomor halaman", "Search word or page number", IsCompany: false),
            ChangesSettings: false),
        new("sumber", "sources", "Media yang dibaca bot dan keadaannya", "News outlets the bot reads and their health", null, ChangesSettings: false),
        new(
            "lacak", "track", "Lacak perusahaan di luar daftar: /lacak <nama>[, alias]; /lacak hapus <nama>", "Track a company the catalogue lacks",
            new("nama", "name", "Nama dan alias dipisah koma, atau \"hapus <nama>\"", "Name and aliases separated by commas, or \"hapus <name>\"", IsCompany: false),
            ChangesSettings: true),
    ];

    /// <summary>Other names people type for a command ("/daftar" for /perusahaan).</summary>
    private static readonly Dictionary<string, string> ExtraAliases = new(StringComparer.Ordinal)
    {
        ["daftar"] = "perusahaan",
        ["zonawaktu"] = "zona",
        ["zone"] = "zona",
        ["media"] = "sumber",
        ["feeds"] = "sumber",
    };

    /// <summary>Finds a command by its Indonesian name or English alias (lower case, no slash).</summary>
    public static CommandInfo? Find(string name)
    {
        name = ExtraAliases.GetValueOrDefault(name, name);
        return All.FirstOrDefault(c => c.Name == name || c.EnglishName == name);
    }
}

/// <param name="Name">Indonesian command name, lower case.</param>
/// <param name="EnglishName">English alias.</param>
/// <param name="Description">Indonesian description (≤ 100 characters: Discord's limit).</param>
/// <param name="EnglishDescription">English description.</param>
/// <param name="Argument">The single argument, if the command takes one.</param>
/// <param name="ChangesSettings">True when only chat administrators may run it.</param>
public sealed record CommandInfo(string Name, string EnglishName, string Description, string EnglishDescription, CommandArgument? Argument, bool ChangesSettings)
{
    /// <summary>An optional incident type after the argument, a separate option where the platform has options.</summary>
    public CommandArgument? Types { get; init; }
}

/// <param name="Name">Indonesian argument name.</param>
/// <param name="EnglishName">English argument name (Discord's option name).</param>
/// <param name="Description">Indonesian description.</param>
/// <param name="EnglishDescription">English description.</param>
/// <param name="IsCompany">A company name: required, with autocompletion where the platform has it. Other arguments are optional.</param>
public sealed record CommandArgument(string Name, string EnglishName, string Description, string EnglishDescription, bool IsCompany)
{
    /// <summary>The only values allowed, offered as choices where the platform has them.</summary>
    public IReadOnlyList<string>? Choices { get; init; }
}
