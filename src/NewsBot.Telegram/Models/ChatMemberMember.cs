namespace NewsBot.Telegram.Models;

/// <summary>Status "member".</summary>
public sealed record ChatMemberMember : ChatMember;
