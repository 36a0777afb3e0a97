using System.ComponentModel.DataAnnotations;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Section "Telegram" (env <c>NewsBot__Telegram__BotToken</c>). Nothing Telegram-related starts without a token.
/// The token is a secret: never logged, never printed by <see cref="ToString"/>.
/// </summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public static readonly Uri DefaultApiBaseUrl = new("https://api.telegram.org/");

    /// <summary>"&lt;bot id&gt;:&lt;secret&gt;" as BotFather issues it; Telegram.Bot refuses any other shape.</summary>
    [Required]
    [RegularExpression(@"^\d{1,16}:\S+$", ErrorMessage = "Telegram:BotToken must look like <bot id>:<secret> (as issued by @BotFather).")]
    public string BotToken { get; init; } = "";

    /// <summary>Bot API root (scheme, host and port; Telegram.Bot ignores a path); tests point it at a loopback fake or the npm emulator.</summary>
    [Required]
    public Uri ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    /// <summary>Long-poll duration of one getUpdates call.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Only the instance holding the poller lease long-polls (several instances on PostgreSQL); it renews before each
    /// getUpdates, so this must exceed <see cref="PollTimeout"/> plus handling one batch. Another instance takes over
    /// within this time after the holder dies.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PollerLease { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Pause after an empty getUpdates answer (for servers that do not long-poll, like the npm emulator).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PollIdleDelay { get; init; } = TimeSpan.Zero;

    /// <summary>HttpClient timeout; must exceed <see cref="PollTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest wait between retries after polling or start-up errors.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages per second over all chats (Telegram: about 30).</summary>
    [Range(0.1, 1000)]
    public double GlobalMessagesPerSecond { get; init; } = 30;

    /// <summary>Minimum spacing of messages to one chat (Telegram: about 1 per second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per minute to one group (negative chat id; Telegram: 20).</summary>
    [Range(1, 1000)]
    public int GroupMessagesPerMinute { get; init; } = 20;

    /// <summary>How long a getChatMember verdict is reused for a (chat, user).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan AdminCacheDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receive updates through a webhook instead of long polling.</summary>
    public bool UseWebhook { get; init; }

    /// <summary>Public HTTPS URL Telegram posts to (webhook mode).</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>Local address the webhook endpoint listens on, e.g. http://127.0.0.1:8443.</summary>
    public Uri? WebhookListenUrl { get; init; }

    public string WebhookPath { get; init; } = "/telegram/webhook";

    /// <summary>Value of X-Telegram-Bot-Api-Secret-Token: 1–256 of A-Z a-z 0-9 _ -.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$")]
    public string? WebhookSecret { get; init; }

    public override string ToString() => $"TelegramOptions {{ ApiBaseUrl = {ApiBaseUrl}, UseWebhook = {UseWebhook}, BotToken = <redacted> }}";
}
