namespace NewsBot.Discord.Models;

public sealed record GuildMember
{
    public User? User { get; init; }

    /// <summary>The member's resolved permissions in the interaction's channel (string bitset).</summary>
    public string? Permissions { get; init; }
}
