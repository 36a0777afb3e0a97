using System.ComponentModel.DataAnnotations;

namespace NewsBot.Delivery;

public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>How long a claimed row belongs to this process; a crashed sender's rows return after it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Rows claimed per round (at most one per chat).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; init; } = 200;

    /// <summary>Sends in flight across all platforms.</summary>
    [Range(1, 1024)]
    public int MaxParallelSends { get; init; } = 32;

    /// <summary>
    /// Per-platform cap on sends in flight. A platform without an idempotency key (Telegram) repeats at most
    /// this many messages after a crash, so it defaults to 1 there; Discord dedups by nonce and needs no cap.
    /// </summary>
    public Dictionary<string, int> PlatformMaxInFlight { get; init; } = new(StringComparer.OrdinalIgnoreCase) { ["telegram"] = 1 };

    /// <summary>
    /// Per-platform global send rate shared by all instances on one PostgreSQL database (Storage/SharedSendPace);
    /// a single SQLite instance leaves pacing to the platform clients. Set in appsettings (Telegram 30, Discord 50).
    /// </summary>
    public Dictionary<string, double> PlatformMessagesPerSecond { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Per-platform gap between two messages to one private chat: after a send, the chat's next row becomes due
    /// only this much later, so a platform's per-chat limit never stalls a lane (Telegram: about 1 per second).
    /// </summary>
    public Dictionary<string, TimeSpan> ChatSpacing { get; init; } = new(StringComparer.OrdinalIgnoreCase) { ["telegram"] = TimeSpan.FromSeconds(1) };

    /// <summary>The same gap for groups and channels (Telegram: 20 messages per minute per group).</summary>
    public Dictionary<string, TimeSpan> GroupChatSpacing { get; init; } = new(StringComparer.OrdinalIgnoreCase) { ["telegram"] = TimeSpan.FromSeconds(3) };

    /// <summary>Pause between rounds when nothing was due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay after a transient failure; doubles per attempt (with ±25 % jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of one retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Transient failures before a row is marked dead. Flood waits and crashes do not count.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 10;

    /// <summary>Extra wait on top of a platform's retry_after (0.1 = +10 %).</summary>
    [Range(0.0, 10.0)]
    public double RateLimitMargin { get; init; } = 0.1;

    /// <summary>This many flood-control answers from one platform within <see cref="RateLimitWindow"/> pause the whole platform.</summary>
    [Range(1, 1000)]
    public int PlatformPauseAfterRateLimits { get; init; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// While a platform is stopped because its bot token was rejected (401), one row is sent this often as a
    /// probe; if it goes through, the platform resumes (a 401 can rarely be a platform glitch).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UnauthorizedProbeInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Consecutive "chat not found" answers for one chat before it is paused (RSStT uses 5).</summary>
    [Range(1, 100)]
    public int PauseAfterChatNotFound { get; init; } = 3;

    /// <summary>On shutdown, how long in-flight sends may finish before their rows are released.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the queue gauges (length, oldest pending age) are refreshed from the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan GaugeRefreshInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Alerts per digest message; more held alerts make more messages (Discord allows 10 embeds per message).</summary>
    [Range(2, 10)]
    public int DigestMaxAlerts { get; init; } = 10;

    internal TimeSpan SpacingFor(ChatAddress chat) =>
        (chat.Kind == ChatKind.Private ? ChatSpacing : GroupChatSpacing).TryGetValue(chat.Platform, out var gap) ? gap : TimeSpan.Zero;

    internal int MaxInFlightFor(string platform) =>
        PlatformMaxInFlight.TryGetValue(platform, out var cap) && cap > 0 ? Math.Min(cap, MaxParallelSends) : MaxParallelSends;
}
