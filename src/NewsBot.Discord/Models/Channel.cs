namespace NewsBot.Discord.Models;

public sealed record Channel
{
    public string Id { get; init; } = "";

    public int Type { get; init; }

    public string? GuildId { get; init; }

    public string? Name { get; init; }
}
