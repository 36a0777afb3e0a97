namespace NewsBot.Delivery;

/// <summary>Where a chat lives: platform plus the platform's own id (Telegram chat id, Discord channel id).</summary>
public sealed record ChatAddress(string Platform, string ExternalId, ChatKind Kind);

public enum ChatKind
{
    Private,
    Group,
    Channel,
}
