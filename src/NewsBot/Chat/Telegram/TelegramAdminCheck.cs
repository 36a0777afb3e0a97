using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Telegram;
using NewsBot.Telegram.Models;
using TgChat = NewsBot.Telegram.Models.Chat;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Who may change a chat's subscriptions. Private chat: its user. Group: creator or administrator by
/// getChatMember (cached per chat and user), or an anonymous admin whose sender_chat is the group itself.
/// Never the anonymous-admin placeholder user by id, never 777000 (linked-channel forwards), never a channel.
/// </summary>
public sealed class TelegramAdminCheck(TelegramBotClient client, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramAdminCheck> logger)
{
    /// <summary>The placeholder "from" of anonymous group admins (@GroupAnonymousBot).</summary>
    public const long AnonymousAdminUserId = 1087968824;

    /// <summary>The "from" of automatic forwards from a linked channel.</summary>
    public const long ServiceUserId = 777000;

    private readonly ConcurrentDictionary<(long Chat, long User), (bool Admin, DateTimeOffset Until)> _cache = new();

    public async Task<bool> CanManageAsync(TgChat chat, User? from, TgChat? senderChat, CancellationToken cancellationToken)
    {
        if (chat.Type == ChatTypes.Private)
        {
            return true;
        }

        if (chat.Type == ChatTypes.Channel)
        {
            // Only a channel's administrators can post in it, and their posts are signed by the channel itself.
            return senderChat?.Id == chat.Id;
        }

        if (chat.Type is not (ChatTypes.Group or ChatTypes.Supergroup))
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
            ChatMember member = await client.GetChatMemberAsync(chatId, userId, cancellationToken);
            admin = member.IsAdministrator;
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramRequestException)
        {
            logger.LogWarning("Telegram getChatMember failed for chat {ChatId}: {Error}; treating the user as not an admin", chatId, ex.Message);
            return false;
        }

        _cache[(chatId, userId)] = (admin, now + options.Value.AdminCacheDuration);
        return admin;
    }
}
