using NewsBot.Telegram.Models;

namespace NewsBot.Telegram.Requests;

public sealed record SendMessageRequest
{
    public required ChatId ChatId { get; init; }

    /// <summary>1–4096 characters after entity parsing.</summary>
    public required string Text { get; init; }

    /// <summary>"HTML" (NewsBot always uses HTML) or null for plain text.</summary>
    public string? ParseMode { get; init; } = ParseModes.Html;

    public int? MessageThreadId { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public bool? DisableNotification { get; init; }

    public bool? ProtectContent { get; init; }
}
