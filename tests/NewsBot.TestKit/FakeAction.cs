namespace NewsBot.TestKit;

/// <summary>What the fake chat server does with one send request.</summary>
public enum FakeActionKind
{
    /// <summary>Create the message (Discord: or return the one with the same nonce) and answer 200.</summary>
    Accept,

    /// <summary>Create the message, then never answer (the crash window between accept and record).</summary>
    AcceptThenHang,

    /// <summary>Never answer and create nothing.</summary>
    Hang,

    /// <summary>Reset the connection without an answer.</summary>
    Abort,

    /// <summary>429 with retry_after.</summary>
    RateLimit,

    /// <summary>Telegram 400 with migrate_to_chat_id.</summary>
    Migrate,

    /// <summary>Telegram 403 kicked / Discord 403 Missing Access.</summary>
    Forbidden,

    /// <summary>Telegram 400 chat not found / Discord 404 Unknown Channel.</summary>
    NotFound,

    /// <summary>401: the bot token was rejected (revoked).</summary>
    Unauthorized,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>502 Bad Gateway (the platform is down).</summary>
    BadGateway,

    /// <summary>400 for this payload (Telegram can't parse entities, Discord invalid form body).</summary>
    BadRequest,
}

public sealed record FakeAction(FakeActionKind Kind, double RetryAfterSeconds = 1, string? NewChatId = null)
{
    public static readonly FakeAction Accept = new(FakeActionKind.Accept);
}

/// <summary>One send request as the fake saw it.</summary>
public sealed record FakeRequest(string Platform, string ChatId, string Body, string? Nonce, bool EnforceNonce, DateTimeOffset At, int Life);

/// <summary>One message the fake created (the append-only ledger).</summary>
public sealed record LedgerEntry(string Platform, string ChatId, string Body, string? Nonce, string MessageId, DateTimeOffset At, int Life);
