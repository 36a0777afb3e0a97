namespace NewsBot.Telegram.Models;

/// <summary>Status "administrator".</summary>
public sealed record ChatMemberAdministrator : ChatMember
{
    public bool IsAnonymous { get; init; }

    public bool CanManageChat { get; init; }

    public bool CanChangeInfo { get; init; }

    public bool CanPostMessages { get; init; }
}
