using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Delivery;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Sends alerts and command replies to Telegram in HTML, paced by <see cref="TelegramSendLimiter"/>.
/// Platform errors become <see cref="SendOutcome"/>s; the dispatcher acts on them (wait, re-key, pause).
/// Telegram has no idempotency key: a crash between the send and the outbox commit can duplicate one alert.
/// </summary>
public sealed class TelegramPlatform(ITelegramBotClient client, TelegramSendLimiter limiter, ILogger<TelegramPlatform> logger) : IChatPlatform
{
    public const string PlatformName = "telegram";

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public string Name => PlatformName;

    /// <summary>A follow-up replies to its original alert; a deleted original does not fail the send (allow_sending_without_reply).</summary>
    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        SendQueuedAsync(chat, TelegramRenderer.RenderAlert(alert), long.TryParse(alert.ReplyTo, CultureInfo.InvariantCulture, out long original) ? original : null, deliveryKey, cancellationToken);

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        SendQueuedAsync(chat, TelegramRenderer.RenderDigest(digest), null, deliveryKey, cancellationToken);

    /// <summary>Answers a command; failures are logged and returned, never thrown.</summary>
    public async Task<SendOutcome> SendReplyAsync(long chatId, Reply reply, long? replyTo, CancellationToken cancellationToken)
    {
        if (reply.IsNone)
        {
            return SendOutcome.Sent(null);
        }

        SendOutcome outcome = await SendAsync(chatId, TelegramRenderer.RenderReply(reply), replyTo, cancellationToken);
        if (outcome.Status != SendStatus.Sent)
        {
            logger.LogWarning("Telegram reply to chat {ChatId}: {Status} {Error}", chatId, outcome.Status, outcome.Error);
        }

        return outcome;
    }

    /// <summary>Replaces a listing in place (paging buttons); falls back to nothing if Telegram refuses.</summary>
    public async Task EditReplyAsync(long chatId, long messageId, Reply reply, CancellationToken cancellationToken)
    {
        TelegramMessage message = TelegramRenderer.RenderReply(reply);
        try
        {
            await limiter.WaitAsync(chatId, cancellationToken);
            await client.EditMessageText(chatId, checked((int)messageId), message.Parts[0], ParseMode.Html, message.Keyboard, NoPreview, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (TelegramErrors.DescriptionContains(ex, "message is not modified"))
        {
            // Same page pressed twice: nothing to do.
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Telegram could not edit message {MessageId} in chat {ChatId}: {Error}", messageId, chatId, TelegramErrors.Describe(ex));
        }
    }

    private async Task<SendOutcome> SendQueuedAsync(ChatAddress chat, TelegramMessage message, long? replyTo, string deliveryKey, CancellationToken cancellationToken)
    {
        SendOutcome outcome = await SendAsync(TelegramChats.Id(chat.ExternalId), message, replyTo, cancellationToken);
        if (outcome.Status != SendStatus.Sent)
        {
            logger.LogInformation("Telegram alert {DeliveryKey} to chat {ChatId}: {Status} {Error}", deliveryKey, chat.ExternalId, outcome.Status, outcome.Error);
        }

        return outcome;
    }

    private async Task<SendOutcome> SendAsync(ChatId chatId, TelegramMessage message, long? replyTo, CancellationToken cancellationToken)
    {
        long pacingKey = chatId.Identifier ?? StringComparer.Ordinal.GetHashCode(chatId.Username ?? "");
        string? firstMessageId = null;
        for (int i = 0; i < message.Parts.Count; i++)
        {
            bool last = i == message.Parts.Count - 1;
            ReplyParameters? replyParameters = i == 0 && replyTo is long id ? new ReplyParameters { MessageId = checked((int)id), AllowSendingWithoutReply = true } : null;
            try
            {
                await limiter.WaitAsync(pacingKey, cancellationToken);
                Message sent = await client.SendMessage(
                    chatId, message.Parts[i], ParseMode.Html, replyParameters, last ? message.Keyboard : null, NoPreview, cancellationToken: cancellationToken);
                firstMessageId ??= sent.MessageId.ToString(CultureInfo.InvariantCulture);
            }
            catch (RequestException ex)
            {
                SendOutcome outcome = TelegramErrors.ToOutcome(ex);
                if (outcome.RetryAfter is TimeSpan wait)
                {
                    limiter.Penalize(pacingKey, wait);
                }

                if (ex is ApiRequestException { ErrorCode: 401 })
                {
                    logger.LogError("Telegram rejected the bot token ({Error}); sending is failing until the token is fixed", TelegramErrors.Describe(ex));
                }

                return outcome;
            }
        }

        return SendOutcome.Sent(firstMessageId);
    }
}
