namespace NewsBot.Discord.Models;

/// <summary>INTERACTION_CREATE payload (the parts NewsBot reads).</summary>
public sealed record Interaction
{
    public const int ApplicationCommandType = 2;
    public const int MessageComponentType = 3;
    public const int AutocompleteType = 4;

    public string Id { get; init; } = "";

    public string ApplicationId { get; init; } = "";

    public int Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public Channel? Channel { get; init; }

    public GuildMember? Member { get; init; }

    public User? User { get; init; }

    public string Token { get; init; } = "";

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public string? AppPermissions { get; init; }
}
