namespace NewsBot.Chat;

/// <summary>
/// Every chat command with its Indonesian name, English alias and descriptions. Platforms publish
/// this list (Telegram setMyCommands, Discord slash commands); the router accepts both names.
/// </summary>
public static class CommandCatalog
{
    public static readonly IReadOnlyList<CommandInfo> All =
    [
        new("mulai", "start", "Mulai dan lihat cara memakai NewsBot", "Start and see how to use NewsBot", null, null, ChangesSettings: false),
        new("bantuan", "help", "Daftar perintah", "List of commands", null, null, ChangesSettings: false),
        new("ikuti", "subscribe", "Ikuti insiden privasi sebuah perusahaan", "Follow a company's privacy incidents", "perusahaan", "Nama perusahaan atau \"semua\"", ChangesSettings: true),
        new("berhenti", "unsubscribe", "Berhenti mengikuti sebuah perusahaan", "Stop following a company", "perusahaan", "Nama perusahaan atau \"semua\"", ChangesSettings: true),
        new("langganan", "list", "Perusahaan yang diikuti chat ini", "Companies this chat follows", null, null, ChangesSettings: false),
        new("insiden", "incidents", "Riwayat insiden privasi sebuah perusahaan", "A company's privacy incident history", "perusahaan", "Nama perusahaan", ChangesSettings: false),
        new("status", "status", "Keadaan bot dan antrean pengiriman", "Bot and delivery queue status", null, null, ChangesSettings: false),
    ];

    /// <summary>Finds a command by its Indonesian name or English alias (lower case, no slash).</summary>
    public static CommandInfo? Find(string name) =>
        All.FirstOrDefault(c => c.Name == name || c.EnglishName == name);
}

/// <param name="Name">Indonesian command name, lower case.</param>
/// <param name="EnglishName">English alias.</param>
/// <param name="Description">Indonesian description (≤ 100 characters: Discord's limit).</param>
/// <param name="EnglishDescription">English description.</param>
/// <param name="Argument">Name of the single optional argument, if the command takes one.</param>
/// <param name="ArgumentDescription">Indonesian description of the argument.</param>
/// <param name="ChangesSettings">True when only chat administrators may run it.</param>
public sealed record CommandInfo(string Name, string EnglishName, string Description, string EnglishDescription, string? Argument, string? ArgumentDescription, bool ChangesSettings);
