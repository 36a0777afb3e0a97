namespace NewsBot.Discord.Models;

/// <summary>A CHAT_INPUT (slash) command as sent in a bulk overwrite.</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }

    public int Type { get; init; } = 1;

    public required string Name { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public required string Description { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bitset as a string ("32" = Manage Server), null = everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}
