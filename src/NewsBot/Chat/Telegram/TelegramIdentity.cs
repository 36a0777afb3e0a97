namespace NewsBot.Chat.Telegram;

/// <summary>The bot's own user, learned with getMe at start-up (for "/cmd@BotName" and my_chat_member).</summary>
public sealed class TelegramIdentity
{
    public long BotId { get; set; }

    public string? Username { get; set; }
}
