namespace NewsBot.Telegram.Models;

public sealed record InlineKeyboardMarkup
{
    public required IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; }
}
