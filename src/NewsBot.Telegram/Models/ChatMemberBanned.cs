namespace NewsBot.Telegram.Models;

/// <summary>Status "kicked".</summary>
public sealed record ChatMemberBanned : ChatMember
{
    public long UntilDate { get; init; }
}
