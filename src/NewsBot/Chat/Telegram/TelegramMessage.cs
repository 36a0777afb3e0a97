using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Chat.Telegram;

/// <summary>HTML parts of one logical message (each ≤ 4096 visible characters); the keyboard goes on the last part.</summary>
public sealed record TelegramMessage(IReadOnlyList<string> Parts, InlineKeyboardMarkup? Keyboard);
