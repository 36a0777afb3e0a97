using NewsBot.Alerts;

namespace NewsBot.Delivery;

/// <summary>
/// A chat platform that alerts are delivered to: the console, Telegram or Discord.
/// Implementations render the alert in the platform's own format and escape all feed text.
/// </summary>
public interface IChatPlatform
{
    /// <summary>Key stored in <c>chats.platform</c>: "console", "telegram" or "discord".</summary>
    string Name { get; }

    /// <summary>
    /// Sends one alert. <paramref name="deliveryKey"/> is unique per outbox row, so platforms with an
    /// idempotency key (Discord nonce) can make a resend after a crash harmless.
    /// Must not throw for platform errors: they are reported in the outcome.
    /// </summary>
    Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>Sends several held-back alerts as one message (or a few, where the platform's limits demand it).</summary>
    Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken);
}
