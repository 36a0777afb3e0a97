namespace NewsBot.Telegram.Models;

public sealed record BotCommandScope
{
    public static readonly BotCommandScope Default = new() { Type = "default" };

    public required string Type { get; init; }

    public ChatId? ChatId { get; init; }

    public long? UserId { get; init; }
}
