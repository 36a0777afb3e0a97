using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord;

/// <summary>Settings of the Discord REST and Gateway client (bound from the host's <c>Discord</c> section).</summary>
public sealed class DiscordClientOptions
{
    /// <summary>Bot token from the Developer Portal. Never logged.</summary>
    [Required]
    public string BotToken { get; init; } = "";

    /// <summary>REST base URL including the API version; overridden in tests.</summary>
    public Uri ApiBaseUrl { get; init; } = new("https://discord.com/api/v10/");

    /// <summary>Gateway URL override; when null the URL comes from <c>GET /gateway/bot</c>.</summary>
    public Uri? GatewayUrl { get; init; }

    /// <summary>Shard id of this process (0-based).</summary>
    [Range(0, 10_000)]
    public int ShardId { get; init; }

    /// <summary>Total number of shards.</summary>
    [Range(1, 10_000)]
    public int ShardCount { get; init; } = 1;

    /// <summary>Gateway intents; NewsBot needs only GUILDS (1).</summary>
    public int Intents { get; init; } = 1;

    /// <summary>First reconnect delay after a failed connection; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the reconnect backoff.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait before a new IDENTIFY after INVALID_SESSION (Discord asks for 1–5 s).</summary>
    public TimeSpan InvalidSessionDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait for HELLO after connecting.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A 429 asking to wait longer than this is returned to the caller instead of waited out.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Global request limit per second (Discord: 50); interaction callbacks are exempt.</summary>
    [Range(1, 1000)]
    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>Consecutive 401/403 answers on one route before the route is blocked.</summary>
    [Range(1, 100)]
    public int InvalidRequestThreshold { get; init; } = 3;

    /// <summary>401/403/429 answers per 10 minutes after which every request pauses (Discord bans the IP at 10,000).</summary>
    [Range(10, 9000)]
    public int InvalidRequestBudget { get; init; } = 1000;

    /// <summary>How long a blocked route stays blocked.</summary>
    public TimeSpan InvalidRequestBlock { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Project URL for the <c>DiscordBot (url, version)</c> User-Agent.</summary>
    public string UserAgentUrl { get; init; } = "https://github.com/newsbot/newsbot";

    /// <summary>Version for the User-Agent.</summary>
    public string UserAgentVersion { get; init; } = "1.0";
}
