namespace NewsBot.Delivery;

/// <summary>
/// Platform-wide back-off: one flood-control answer only delays its chat, but repeated ones within a
/// window mean the bot as a whole is too fast, so the platform stops sending until the wait is over.
/// </summary>
internal sealed class PlatformPauses(DeliveryOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);

    public bool IsPaused(string platform, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _pausedUntil.TryGetValue(platform, out var until) && until > now;
        }
    }

    /// <summary>Records a flood-control answer; returns the pause end when this one tips the platform into a pause.</summary>
    public DateTimeOffset? RateLimited(string platform, DateTimeOffset now, TimeSpan wait)
    {
        lock (_lock)
        {
            if (!_recent.TryGetValue(platform, out var recent))
            {
                recent = new Queue<DateTimeOffset>();
                _recent[platform] = recent;
            }

            recent.Enqueue(now);
            while (recent.Count > 0 && recent.Peek() <= now - options.RateLimitWindow)
            {
                recent.Dequeue();
            }

            if (recent.Count < options.PlatformPauseAfterRateLimits)
            {
                return null;
            }

            var until = now + wait;
            if (!_pausedUntil.TryGetValue(platform, out var current) || current < until)
            {
                _pausedUntil[platform] = until;
            }

            recent.Clear();
            return until;
        }
    }
}
