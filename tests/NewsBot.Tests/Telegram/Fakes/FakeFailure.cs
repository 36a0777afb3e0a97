namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>A scripted Bot API error in the real envelope with the matching HTTP status.</summary>
public sealed record FakeFailure(int Code, string Description, int? RetryAfter = null, long? MigrateToChatId = null)
{
    public static FakeFailure TooManyRequests(int seconds) => new(429, $"Too Many Requests: retry after {seconds}", RetryAfter: seconds);

    public static FakeFailure Migrated(long newChatId) => new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);

    public static FakeFailure Blocked { get; } = new(403, "Forbidden: bot was blocked by the user");

    public static FakeFailure Kicked { get; } = new(403, "Forbidden: bot was kicked from the group chat");

    public static FakeFailure Deactivated { get; } = new(403, "Forbidden: user is deactivated");

    public static FakeFailure ChatNotFound { get; } = new(400, "Bad Request: chat not found");

    public static FakeFailure TooLong { get; } = new(400, "Bad Request: message is too long");

    public static FakeFailure ServerError { get; } = new(500, "Internal Server Error");

    public static FakeFailure Unauthorized { get; } = new(401, "Unauthorized");
}
