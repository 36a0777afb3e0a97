namespace NewsBot.Telegram.Models;

public sealed record ChatMemberUpdated
{
    public required Chat Chat { get; init; }

    public required User From { get; init; }

    public long Date { get; init; }

    public required ChatMember OldChatMember { get; init; }

    public required ChatMember NewChatMember { get; init; }
}
