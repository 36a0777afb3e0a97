using System.Net;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Alerts;
using NewsBot.Delivery;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Chat.Discord;

/// <summary>Delivers alerts to Discord channels as embeds; maps Discord errors to <see cref="SendOutcome"/>.</summary>
public sealed class DiscordPlatform(DiscordRestClient rest, ILogger<DiscordPlatform> logger) : IChatPlatform
{
    public const string PlatformName = "discord";

    private const int NonceLimit = 25;

    public string Name => PlatformName;

    /// <summary>A follow-up replies to its original alert; fail_if_not_exists false sends it plainly when the original is gone.</summary>
    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(
            chat,
            [.. DiscordAlertRenderer.Render(alert).Select((embed, i) => new MessagePayload
            {
                Embeds = [embed],
                MessageReference = i == 0 && alert.ReplyTo is { Length: > 0 } original ? new MessageReference(original) : null,
            })],
            deliveryKey,
            cancellationToken);

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(chat, DiscordAlertRenderer.RenderDigest(digest), deliveryKey, cancellationToken);

    /// <summary>Sends the messages in order, each with a nonce derived from the delivery key, so a resend is harmless.</summary>
    private async Task<SendOutcome> SendAsync(ChatAddress chat, IReadOnlyList<MessagePayload> messages, string deliveryKey, CancellationToken cancellationToken)
    {
        string? firstId = null;
        try
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var message = messages[i] with { Nonce = Nonce(deliveryKey, i), EnforceNonce = true };
                var sent = await rest.CreateMessageAsync(chat.ExternalId, message, cancellationToken);
                firstId ??= sent.Id;
            }

            return SendOutcome.Sent(firstId);
        }
        catch (DiscordHttpException ex)
        {
            var outcome = Map(ex);
            logger.LogInformation("Discord alert to {Channel} not sent: {Status} ({Error})", chat.ExternalId, outcome.Status, outcome.Error);
            return outcome;
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Retry("network: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Retry("timeout");
        }
    }

    /// <summary>Discord error → what delivery should do (reference: security-and-delivery.md §7.2).</summary>
    public static SendOutcome Map(DiscordHttpException error) => error switch
    {
        // Also when the guard refused the request locally after repeated 401s: the token is dead either way.
        { Status: HttpStatusCode.Unauthorized } => SendOutcome.Unauthorized("discord 401: bot token rejected"),
        { Status: HttpStatusCode.TooManyRequests } => SendOutcome.RateLimited(error.RetryAfter ?? TimeSpan.FromSeconds(5)),
        { Status: HttpStatusCode.Forbidden } or { Code: 50001 or 50013 } => SendOutcome.Gone($"discord {error.Code}: missing access"),
        { Status: HttpStatusCode.NotFound } or { Code: 10003 or 10004 } => SendOutcome.Gone($"discord {error.Code}: unknown channel"),
        { Status: >= HttpStatusCode.InternalServerError } => SendOutcome.Retry($"discord {(int)error.Status}"),
        _ => SendOutcome.Rejected($"discord {(int)error.Status}/{error.Code}: {error.DiscordMessage}"),
    };

    /// <summary>The delivery key as Discord nonce (≤ 25 characters); follow-on parts get a suffix.</summary>
    public static string Nonce(string deliveryKey, int part)
    {
        var suffix = part == 0 ? "" : "." + part.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (deliveryKey.Length + suffix.Length <= NonceLimit)
        {
            return deliveryKey + suffix;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)));
        return hash[..(NonceLimit - suffix.Length)] + suffix;
    }
}
