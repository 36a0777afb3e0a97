namespace NewsBot.Telegram.Models;

public sealed record Chat
{
    public required long Id { get; init; }

    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public string Type { get; init; } = ChatTypes.Private;

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }
}
