namespace NewsBot.Telegram.Models;

public sealed record ResponseParameters
{
    /// <summary>Seconds to wait after flood control.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>The group became a supergroup with this id.</summary>
    public long? MigrateToChatId { get; init; }
}
