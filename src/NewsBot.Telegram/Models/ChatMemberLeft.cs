namespace NewsBot.Telegram.Models;

/// <summary>Status "left".</summary>
public sealed record ChatMemberLeft : ChatMember;
