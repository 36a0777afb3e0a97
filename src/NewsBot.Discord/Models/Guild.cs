namespace NewsBot.Discord.Models;

public sealed record Guild
{
    public string Id { get; init; } = "";

    public string? Name { get; init; }

    /// <summary>Only in GUILD_DELETE: true = outage, absent = the bot was removed.</summary>
    public bool? Unavailable { get; init; }
}
