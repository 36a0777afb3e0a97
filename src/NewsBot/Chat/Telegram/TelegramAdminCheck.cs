using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgChat = Telegram.Bot.Types.Chat;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Who may change a chat's subscriptions. Private chat: its user. Group: creator or administrator by
/// getChatMember (cached per chat and user), or an anonymous admin whose sender_chat is the group itself.
/// Never the anonymous-admin placeholder user by id, never 777000 (linked-channel forwards), never a channel.
/// </summary>
public sealed class TelegramAdminCheck(ITelegramBotClient client, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramAdminCheck> logger)
{
    /// <summary>The placeholder "from" of anonymous group admins (@GroupAnonymousBot).</summary>
    public const long AnonymousAdminUserId = 1087968824;

    /// <summary>The "from" of automatic forwards from a linked channel.</summary>
    public const long ServiceUserId = 777000;

    private readonly ConcurrentDictionary<(long Chat, long User), (bool Admin, DateTimeOffset Until)> _cache = new();

    public async Task<bool> CanManageAsync(TgChat chat, User? from, TgChat? senderChat, CancellationToken cancellationToken)
    {
        if (chat.Type == ChatType.Private)
        {
            return true;
        }

        if (chat.Type == ChatType.Channel)
        {
            // Only a channel's administrators can post in it, and their posts are signed by the channel itself.
            return senderChat?.Id == chat.Id;
        }

        if (chat.Type is not (ChatType.Group or ChatType.Supergroup))
        {
            return false;
        }

        if (senderChat is not null)
        {
            // Anonymous admin: the message is sent on behalf of the group itself. A linked channel is not an admin.
            return senderChat.Id == chat.Id;
        }

        if (from is null || from.Id is AnonymousAdminUserId or ServiceUserId || from.IsBot)
        {
            return false;
        }

        return await IsAdministratorAsync(chat.Id, from.Id, cancellationToken);
    }

    private async Task<bool> IsAdministratorAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = clock.GetUtcNow();
        if (_cache.TryGetValue((chatId, userId), out var cached) && cached.Until > now)
        {
            return cached.Admin;
        }

        bool admin;
        try
        {
            ChatMember member = await client.GetChatMember(chatId, userId, cancellationToken);
            admin = member.IsAdmin;
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Telegram getChatMember failed for chat {ChatId}: {Error}; treating the user as not an admin", chatId, TelegramErrors.Describe(ex));
            return false;
        }

        _cache[(chatId, userId)] = (admin, now + options.Value.AdminCacheDuration);
        return admin;
    }
}
