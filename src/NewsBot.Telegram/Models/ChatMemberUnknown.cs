namespace NewsBot.Telegram.Models;

/// <summary>A status this client does not know yet; never treated as an administrator.</summary>
public sealed record ChatMemberUnknown : ChatMember;
