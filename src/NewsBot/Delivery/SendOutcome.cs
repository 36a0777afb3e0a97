namespace NewsBot.Delivery;

public enum SendStatus
{
    /// <summary>The platform accepted the message.</summary>
    Sent,

    /// <summary>Try again later (5xx, timeout, connection error).</summary>
    Retry,

    /// <summary>Flood control: wait <see cref="SendOutcome.RetryAfter"/> before the next send to this chat.</summary>
    RateLimited,

    /// <summary>The chat moved (Telegram group → supergroup): re-key to <see cref="SendOutcome.NewChatId"/> and resend.</summary>
    ChatMoved,

    /// <summary>The bot can no longer post there (blocked, kicked, channel deleted): pause the chat.</summary>
    ChatGone,

    /// <summary>This payload can never be sent (our bug, e.g. a formatting error): give up on this row only.</summary>
    Rejected,

    /// <summary>The platform rejected the bot token (401): stop sending on the whole platform until it is fixed.</summary>
    Unauthorized,

    /// <summary>
    /// The chat was not found (Telegram 400 "chat not found"). Sometimes transient, so the chat is paused
    /// only after a few of these in a row; until then the row is retried.
    /// </summary>
    ChatNotFound,
}

public sealed record SendOutcome(SendStatus Status, string? MessageId = null, TimeSpan? RetryAfter = null, string? NewChatId = null, string? Error = null)
{
    public static SendOutcome Sent(string? messageId) => new(SendStatus.Sent, MessageId: messageId);

    public static SendOutcome Retry(string error) => new(SendStatus.Retry, Error: error);

    public static SendOutcome RateLimited(TimeSpan retryAfter) => new(SendStatus.RateLimited, RetryAfter: retryAfter, Error: "rate limited");

    public static SendOutcome Moved(string newChatId) => new(SendStatus.ChatMoved, NewChatId: newChatId, Error: "chat moved");

    public static SendOutcome Gone(string error) => new(SendStatus.ChatGone, Error: error);

    public static SendOutcome Rejected(string error) => new(SendStatus.Rejected, Error: error);

    public static SendOutcome Unauthorized(string error) => new(SendStatus.Unauthorized, Error: error);

    public static SendOutcome ChatNotFound(string error) => new(SendStatus.ChatNotFound, Error: error);
}
