namespace NewsBot.Delivery;

/// <summary>
/// Platforms whose bot token was rejected (401). A stopped platform claims nothing, except one probe row per
/// <see cref="DeliveryOptions.UnauthorizedProbeInterval"/>: a 401 is nearly always a revoked token, but a
/// platform glitch should not need a restart, so a probe that gets through resumes the platform.
/// </summary>
internal sealed class PlatformStops(TimeSpan probeInterval)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StopState> _stops = new(StringComparer.Ordinal);

    /// <summary>What a platform's next round may claim.</summary>
    public enum Admission
    {
        /// <summary>Running: claim as usual.</summary>
        All,

        /// <summary>Stopped and a probe is due: claim one row.</summary>
        Probe,

        /// <summary>Stopped: claim nothing.</summary>
        None,
    }

    public Admission Admit(string platform, DateTimeOffset now)
    {
        lock (_lock)
        {
            return !_stops.TryGetValue(platform, out var stop) ? Admission.All
                : stop.NextProbeAt <= now ? Admission.Probe
                : Admission.None;
        }
    }

    public bool IsStopped(string platform)
    {
        lock (_lock)
        {
            return _stops.ContainsKey(platform);
        }
    }

    /// <summary>A probe row was claimed: the next one waits a full interval.</summary>
    public void Probing(string platform, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_stops.TryGetValue(platform, out var stop))
            {
                _stops[platform] = stop with { NextProbeAt = now + probeInterval };
            }
        }
    }

    /// <summary>Records a 401; returns true only when this one stopped a running platform.</summary>
    public bool Stop(string platform, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_stops.ContainsKey(platform))
            {
                return false;
            }

            _stops[platform] = new StopState(now, now + probeInterval);
            return true;
        }
    }

    /// <summary>A send went through; returns true when that resumed a stopped platform.</summary>
    public bool Resume(string platform)
    {
        lock (_lock)
        {
            return _stops.Remove(platform);
        }
    }

    public IReadOnlyList<StoppedPlatform> Current()
    {
        lock (_lock)
        {
            return [.. _stops.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StoppedPlatform(s.Key, s.Value.Since))];
        }
    }

    private sealed record StopState(DateTimeOffset Since, DateTimeOffset NextProbeAt);
}

/// <summary>A platform that stopped sending because its bot token was rejected, and since when.</summary>
public sealed record StoppedPlatform(string Platform, DateTimeOffset Since);
