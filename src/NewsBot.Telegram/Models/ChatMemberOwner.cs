namespace NewsBot.Telegram.Models;

/// <summary>Status "creator".</summary>
public sealed record ChatMemberOwner : ChatMember
{
    public bool IsAnonymous { get; init; }
}
