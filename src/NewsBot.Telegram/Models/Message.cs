namespace NewsBot.Telegram.Models;

public sealed record Message
{
    public required long MessageId { get; init; }

    public int? MessageThreadId { get; init; }

    public User? From { get; init; }

    /// <summary>Set for anonymous group admins (the group itself) and linked-channel posts.</summary>
    public Chat? SenderChat { get; init; }

    public required Chat Chat { get; init; }

    /// <summary>Unix seconds (the npm emulator sends milliseconds, hence long).</summary>
    public long Date { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public IReadOnlyList<User>? NewChatMembers { get; init; }

    public User? LeftChatMember { get; init; }

    /// <summary>Service message in the old group: it became the supergroup with this id.</summary>
    public long? MigrateToChatId { get; init; }

    public long? MigrateFromChatId { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
