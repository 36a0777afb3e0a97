namespace NewsBot.Telegram.Models;

/// <summary>One incoming update; at most one of the payload properties is set.</summary>
public sealed record Update
{
    public required long UpdateId { get; init; }

    public Message? Message { get; init; }

    /// <summary>A post in a channel where the bot is an administrator.</summary>
    public Message? ChannelPost { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    public ChatMemberUpdated? MyChatMember { get; init; }
}
