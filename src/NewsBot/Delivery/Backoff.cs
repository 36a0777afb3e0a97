namespace NewsBot.Delivery;

/// <summary>Exponential backoff with ±25 % jitter so a platform outage does not end in a retry stampede.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitterSample)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        // jitterSample in [0, 1) maps to a factor in [0.75, 1.25).
        var jittered = raw * (0.75 + (jitterSample * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
