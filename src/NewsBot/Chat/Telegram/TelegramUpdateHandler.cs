using System.Globalization;
using NewsBot.Delivery;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Handles one update: commands (also "/cmd@ThisBot"; other bots' commands are ignored), paging buttons
/// (always answered), the bot's own membership changes and group → supergroup migrations. Handling is
/// idempotent enough for at-least-once delivery: a repeated command gives the same answer again.
/// </summary>
public sealed class TelegramUpdateHandler(
    CommandRouter router,
    ChatStore chats,
    TelegramPlatform platform,
    TelegramAdminCheck admins,
    TelegramIdentity identity,
    ITelegramBotClient client,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if ((update.Message ?? update.ChannelPost) is { } message)
        {
            await HandleMessageAsync(message, cancellationToken);
        }
        else if (update.CallbackQuery is { } callback)
        {
            await HandleCallbackAsync(callback, cancellationToken);
        }
        else if (update.MyChatMember is { } membership)
        {
            await HandleMembershipAsync(membership, cancellationToken);
        }
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is long newId)
        {
            string newExternalId = newId.ToString(CultureInfo.InvariantCulture);
            logger.LogInformation("Telegram group {OldId} became supergroup {NewId}", message.Chat.Id, newId);
            await chats.MoveChatAsync(TelegramChats.Address(message.Chat), newExternalId, cancellationToken);
            return;
        }

        if (message.Text is not { Length: > 1 } text || !text.StartsWith('/') || CommandText.Parse(text, identity.Username) is not var (name, argument))
        {
            return;
        }

        bool isPrivate = message.Chat.Type == ChatType.Private;
        CommandInfo? info = CommandCatalog.Find(name);
        if (info is null && !isPrivate)
        {
            // In groups a bare "/foo" may be meant for another bot: stay quiet.
            return;
        }

        bool canManage = info is { ChangesSettings: true }
            ? await admins.CanManageAsync(message.Chat, message.From, message.SenderChat, cancellationToken)
            : isPrivate;
        string userId = (message.SenderChat?.Id ?? message.From?.Id ?? 0).ToString(CultureInfo.InvariantCulture);
        var command = new ChatCommand(TelegramChats.Address(message.Chat), TelegramChats.Title(message.Chat), userId, canManage, name, argument);
        Reply reply = await router.HandleAsync(command, cancellationToken);
        await platform.SendReplyAsync(message.Chat.Id, reply, isPrivate ? null : message.MessageId, cancellationToken);
    }

    private async Task HandleCallbackAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        try
        {
            if (PagingData.Decode(callback.Data) is not var (name, argument, page) || callback.Message is not { } message)
            {
                return;
            }

            // Re-check the presser: a button press carries the real user, even for anonymous admins.
            bool canManage = CommandCatalog.Find(name) is { ChangesSettings: true }
                && await admins.CanManageAsync(message.Chat, callback.From, senderChat: null, cancellationToken);
            var command = new ChatCommand(
                TelegramChats.Address(message.Chat), TelegramChats.Title(message.Chat), callback.From.Id.ToString(CultureInfo.InvariantCulture), canManage, name, argument, page);
            Reply reply = await router.HandleAsync(command, cancellationToken);
            if (reply.IsNone)
            {
                return;
            }

            // An inaccessible (too old) message arrives with date 0 and cannot be edited.
            if (message.Date != default)
            {
                await platform.EditReplyAsync(message.Chat.Id, message.MessageId, reply, cancellationToken);
            }
            else
            {
                await platform.SendReplyAsync(message.Chat.Id, reply, replyTo: null, cancellationToken);
            }
        }
        finally
        {
            await AnswerAsync(callback.Id, cancellationToken);
        }
    }

    private async Task AnswerAsync(string callbackId, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(callbackId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Telegram answerCallbackQuery failed: {Error}", TelegramErrors.Describe(ex));
        }
    }

    private async Task HandleMembershipAsync(ChatMemberUpdated update, CancellationToken cancellationToken)
    {
        ChatAddress address = TelegramChats.Address(update.Chat);
        bool wasIn = update.OldChatMember.IsInChat;
        bool isIn = update.NewChatMember.IsInChat;
        if (!wasIn && isIn)
        {
            logger.LogInformation("Telegram bot added to or unblocked in chat {ChatId} ({Type})", update.Chat.Id, update.Chat.Type);
            await chats.EnsureChatAsync(address, TelegramChats.Title(update.Chat), cancellationToken);
            await chats.ResumeChatAsync(address, cancellationToken);
            if (update.Chat.Type != ChatType.Private)
            {
                await platform.SendReplyAsync(update.Chat.Id, Reply.Plain(Texts.Welcome), replyTo: null, cancellationToken);
            }
        }
        else if (wasIn && !isIn)
        {
            string reason = update.NewChatMember.Status == ChatMemberStatus.Kicked
                ? update.Chat.Type == ChatType.Private ? "telegram: blocked by the user" : "telegram: bot was removed (kicked)"
                : "telegram: bot left the chat";
            logger.LogInformation("Telegram chat {ChatId} paused: {Reason}", update.Chat.Id, reason);
            await chats.PauseChatAsync(address, reason, cancellationToken);
        }
    }
}
