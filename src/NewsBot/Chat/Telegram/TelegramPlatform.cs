using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Delivery;
using NewsBot.Telegram;
using NewsBot.Telegram.Models;
using NewsBot.Telegram.Requests;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Sends alerts and command replies to Telegram in HTML, paced by <see cref="TelegramSendLimiter"/>.
/// Platform errors become <see cref="SendOutcome"/>s; the dispatcher acts on them (wait, re-key, pause).
/// Telegram has no idempotency key: a crash between the send and the outbox commit can duplicate one alert.
/// </summary>
public sealed class TelegramPlatform(TelegramBotClient client, TelegramSendLimiter limiter, ILogger<TelegramPlatform> logger) : IChatPlatform
{
    public const string PlatformName = "telegram";

    public string Name => PlatformName;

    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        SendQueuedAsync(chat, TelegramRenderer.RenderAlert(alert), deliveryKey, cancellationToken);

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        SendQueuedAsync(chat, TelegramRenderer.RenderDigest(digest), deliveryKey, cancellationToken);

    /// <summary>Answers a command; failures are logged and returned, never thrown.</summary>
    public Task<SendOutcome> SendReplyAsync(long chatId, Reply reply, long? replyTo, CancellationToken cancellationToken) =>
        reply.IsNone ? Task.FromResult(SendOutcome.Sent(null)) : SendAsync(chatId, TelegramRenderer.RenderReply(reply), replyTo, cancellationToken);

    /// <summary>Replaces a listing in place (paging buttons); falls back to nothing if Telegram refuses.</summary>
    public async Task EditReplyAsync(long chatId, long messageId, Reply reply, CancellationToken cancellationToken)
    {
        TelegramMessage message = TelegramRenderer.RenderReply(reply);
        try
        {
            await limiter.WaitAsync(chatId, cancellationToken);
            await client.EditMessageTextAsync(
                new EditMessageTextRequest { ChatId = chatId, MessageId = messageId, Text = message.Parts[0], ReplyMarkup = message.Keyboard, LinkPreviewOptions = LinkPreviewOptions.Disabled },
                cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.DescriptionContains("message is not modified"))
        {
            // Same page pressed twice: nothing to do.
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramRequestException)
        {
            logger.LogWarning("Telegram could not edit message {MessageId} in chat {ChatId}: {Error}", messageId, chatId, ex.Message);
        }
    }

    private async Task<SendOutcome> SendQueuedAsync(ChatAddress chat, TelegramMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        SendOutcome outcome = await SendAsync(ChatId.Parse(chat.ExternalId), message, replyTo: null, cancellationToken);
        if (outcome.Status != SendStatus.Sent)
        {
            logger.LogInformation("Telegram alert {DeliveryKey} to chat {ChatId}: {Status} {Error}", deliveryKey, chat.ExternalId, outcome.Status, outcome.Error);
        }

        return outcome;
    }

    private async Task<SendOutcome> SendAsync(ChatId chatId, TelegramMessage message, long? replyTo, CancellationToken cancellationToken)
    {
        long pacingKey = chatId.Id ?? StringComparer.Ordinal.GetHashCode(chatId.Username ?? "");
        string? firstMessageId = null;
        for (int i = 0; i < message.Parts.Count; i++)
        {
            bool last = i == message.Parts.Count - 1;
            var request = new SendMessageRequest
            {
                ChatId = chatId,
                Text = message.Parts[i],
                LinkPreviewOptions = LinkPreviewOptions.Disabled,
                ReplyMarkup = last ? message.Keyboard : null,
                ReplyParameters = i == 0 && replyTo is long id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
            };
            try
            {
                await limiter.WaitAsync(pacingKey, cancellationToken);
                Message sent = await client.SendMessageAsync(request, cancellationToken);
                firstMessageId ??= sent.MessageId.ToString(CultureInfo.InvariantCulture);
            }
            catch (TelegramApiException ex)
            {
                SendOutcome outcome = TelegramErrors.ToOutcome(ex);
                if (outcome.RetryAfter is TimeSpan wait)
                {
                    limiter.Penalize(pacingKey, wait);
                }

                if (ex.ErrorCode == 401)
                {
                    logger.LogError("Telegram rejected the bot token (401 {Description}); sending is failing until the token is fixed", ex.Description);
                }

                return outcome;
            }
            catch (TelegramRequestException ex)
            {
                // A timeout is ambiguous: the message may have been delivered. Retrying favours a duplicate over a loss.
                return SendOutcome.Retry(ex.Message);
            }
        }

        return SendOutcome.Sent(firstMessageId);
    }
}
