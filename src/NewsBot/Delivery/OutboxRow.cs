
namespace NewsBot.Delivery;

/// <summary>A claimed outbox row with its chat and the chat's delivery schedule.</summary>
/// <param name="WasHeld">The row already waited for the schedule once (or is a digest): it is never held again.</param>
/// <param name="OriginalMessageId">For a follow-up: the message id of its incident's first alert in this chat, once that was sent.</param>
internal sealed record OutboxRow(long Id, long ChatId, ChatAddress Chat, string AlertKey, string Payload, int Attempts, bool WasHeld, ChatSchedule Schedule, string? OriginalMessageId = null)
{
    public const string DigestKeyPrefix = "digest:";

    public bool IsDigest => AlertKey.StartsWith(DigestKeyPrefix, StringComparison.Ordinal);
}
