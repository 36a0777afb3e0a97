using NewsBot.Telegram.Models;

namespace NewsBot.Telegram.Requests;

/// <summary>Either <see cref="ChatId"/> + <see cref="MessageId"/> or <see cref="InlineMessageId"/>.</summary>
public sealed record EditMessageTextRequest
{
    public ChatId? ChatId { get; init; }

    public long? MessageId { get; init; }

    public string? InlineMessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; } = ParseModes.Html;

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
