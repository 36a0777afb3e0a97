using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>A non-success answer from the Discord REST API with Discord's JSON error code.</summary>
public sealed class DiscordHttpException : Exception
{
    public DiscordHttpException()
    {
    }

    public DiscordHttpException(string message)
        : base(message)
    {
    }

    public DiscordHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordHttpException(HttpStatusCode status, int code, string message, string? errors = null, TimeSpan? retryAfter = null, bool blockedLocally = false)
        : base($"Discord {(int)status}/{code}: {message}")
    {
        Status = status;
        Code = code;
        DiscordMessage = message;
        Errors = errors;
        RetryAfter = retryAfter;
        BlockedLocally = blockedLocally;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (10003 Unknown Channel, 50013 Missing Permissions, …); 0 when absent.</summary>
    public int Code { get; }

    public string DiscordMessage { get; } = "";

    /// <summary>Raw <c>errors</c> object of a 400 (field path → problems), if any.</summary>
    public string? Errors { get; }

    /// <summary>For 429: how long Discord asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the request was never sent because the route is blocked after repeated 401/403.</summary>
    public bool BlockedLocally { get; }
}
