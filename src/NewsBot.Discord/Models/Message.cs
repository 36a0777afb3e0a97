namespace NewsBot.Discord.Models;

public sealed record Message
{
    public string Id { get; init; } = "";

    public string? ChannelId { get; init; }

    public string? Content { get; init; }
}
