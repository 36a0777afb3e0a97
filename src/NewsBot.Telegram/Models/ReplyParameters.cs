namespace NewsBot.Telegram.Models;

public sealed record ReplyParameters
{
    public required long MessageId { get; init; }

    public ChatId? ChatId { get; init; }

    public bool? AllowSendingWithoutReply { get; init; }
}
