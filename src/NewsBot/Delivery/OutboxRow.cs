using NewsBot.Chat;

namespace NewsBot.Delivery;

/// <summary>A claimed outbox row with its chat.</summary>
internal sealed record OutboxRow(long Id, long ChatId, ChatAddress Chat, string Payload, int Attempts);
