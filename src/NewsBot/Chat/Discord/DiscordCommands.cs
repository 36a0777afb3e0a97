using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Slash commands from <see cref="CommandCatalog"/>: English default names and descriptions with
/// Indonesian (<c>id</c>) localizations. Interactions always carry the default (English) name.
/// </summary>
public static class DiscordCommands
{
    /// <summary>The option name of company arguments.</summary>
    public const string ArgumentName = "company";
    public const string ManageGuild = "32";
    private const string Indonesian = "id";

    public static IReadOnlyList<ApplicationCommand> Build(bool global) =>
        [.. CommandCatalog.All.Select(info => Build(info, global))];

    public static ApplicationCommand Build(CommandInfo info, bool global) => new()
    {
        Name = info.EnglishName,
        NameLocalizations = Localize(info.EnglishName, info.Name),
        Description = info.EnglishDescription,
        DescriptionLocalizations = Localize(info.EnglishDescription, info.Description),
        Options = info.Argument is null ? null : [Option(info.Argument), .. info.Types is null ? [] : new[] { Option(info.Types) }],
        DefaultMemberPermissions = info.ChangesSettings ? ManageGuild : null,

        // contexts exist for global commands only; setting changes make sense in servers only.
        Contexts = !global ? null : info.ChangesSettings ? [0] : [0, 1],
    };

    private static ApplicationCommandOption Option(CommandArgument argument) => new()
    {
        Name = argument.EnglishName,
        NameLocalizations = Localize(argument.EnglishName, argument.Name),
        Description = argument.EnglishDescription,
        DescriptionLocalizations = Localize(argument.EnglishDescription, argument.Description),
        Required = argument.IsCompany,
        Autocomplete = argument.IsCompany,
        MaxLength = 100,
        Choices = argument.Choices is { Count: > 0 } choices ? [.. choices.Select(c => new CommandChoice(c, c))] : null,
    };

    // Discord ignores a localization equal to the default, so leave it out.
    private static Dictionary<string, string>? Localize(string english, string indonesian) =>
        english == indonesian ? null : new() { [Indonesian] = indonesian };

    /// <summary>Finds the catalogue entry for an interaction's command name (the English default).</summary>
    public static CommandInfo? Find(string? name) => name is null ? null : CommandCatalog.Find(name);
}
