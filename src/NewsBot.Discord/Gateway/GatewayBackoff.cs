namespace NewsBot.Discord.Gateway;

/// <summary>Reconnect delay: base doubling per failed attempt, ±25 % jitter, capped.</summary>
public static class GatewayBackoff
{
    /// <summary>Delay before retry <paramref name="attempt"/> (1 = first); <paramref name="unitRandom"/> in [0, 1) drives the jitter.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double unitRandom)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jittered = raw * (0.75 + (unitRandom * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
