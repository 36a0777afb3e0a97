namespace NewsBot.Telegram.Models;

/// <summary>
/// A user's membership in a chat, polymorphic on <see cref="Status"/>. Decoded by
/// <see cref="ChatMemberConverter"/> because Telegram does not put "status" first.
/// </summary>
public abstract record ChatMember
{
    public required string Status { get; init; }

    public required User User { get; init; }

    /// <summary>Creator or administrator.</summary>
    public bool IsAdministrator => Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;

    /// <summary>Present in the chat: creator, administrator, member, or restricted but still a member.</summary>
    public virtual bool IsPresent => Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator or ChatMemberStatus.Member;
}
