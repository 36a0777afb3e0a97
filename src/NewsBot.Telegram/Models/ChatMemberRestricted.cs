namespace NewsBot.Telegram.Models;

/// <summary>Status "restricted".</summary>
public sealed record ChatMemberRestricted : ChatMember
{
    public bool IsMember { get; init; }

    public long UntilDate { get; init; }

    public override bool IsPresent => IsMember;
}
