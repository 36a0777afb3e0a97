namespace NewsBot.Telegram.Models;

public sealed record CallbackQuery
{
    public required string Id { get; init; }

    public required User From { get; init; }

    /// <summary>May be an inaccessible message (date 0) when the message is old.</summary>
    public Message? Message { get; init; }

    public string? InlineMessageId { get; init; }

    public string? ChatInstance { get; init; }

    public string? Data { get; init; }
}
