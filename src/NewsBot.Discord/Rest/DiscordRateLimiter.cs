using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Client-side rate limits from the <c>X-RateLimit-*</c> headers, keyed by (bucket hash, major id) as Discord
/// documents, plus the global limit (requests per second and a global 429 pause).
/// </summary>
public sealed class DiscordRateLimiter(IOptions<DiscordClientOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketHashes = new();
    private readonly ConcurrentDictionary<string, BucketState> _states = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil;
    private DateTimeOffset _windowStart;
    private int _windowCount;

    /// <summary>Waits until the route may be called; dispose the result after the response was recorded.</summary>
    public async Task<BucketLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var state = GetState(route);
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var wait = TimeSpan.Zero;
                if (state.Remaining <= 0 && state.ResetAt > now)
                {
                    wait = state.ResetAt - now;
                }

                var globalWait = GlobalWait(now, route.IsInteraction);
                if (globalWait > wait)
                {
                    wait = globalWait;
                }

                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait, time, cancellationToken);
            }

            state.LastUsed = time.GetUtcNow();
            return new BucketLease(state);
        }
        catch
        {
            state.Gate.Release();
            throw;
        }
    }

    /// <summary>Records the rate-limit headers of a response.</summary>
    public void Update(DiscordRoute route, BucketLease lease, HttpResponseMessage response)
    {
        var state = lease.State;
        if (Header(response, "X-RateLimit-Bucket") is { } hash && _bucketHashes.TryAdd(route.Key, hash))
        {
            // From now on the route shares the hash's state; requests already queued on this state stay in line.
            _states.GetOrAdd($"{hash}|{route.MajorId}", state);
        }

        if (Header(response, "X-RateLimit-Remaining") is { } remaining && int.TryParse(remaining, CultureInfo.InvariantCulture, out var left))
        {
            state.Remaining = left;
        }

        if (Header(response, "X-RateLimit-Reset-After") is { } resetAfter
            && double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            state.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>Records a 429: the bucket (or everything, for a global limit) waits <paramref name="retryAfter"/>.</summary>
    public void OnRateLimited(BucketLease lease, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalUntil)
                {
                    _globalUntil = until;
                }
            }

            return;
        }

        var state = lease.State;
        state.Remaining = 0;
        if (until > state.ResetAt)
        {
            state.ResetAt = until;
        }
    }

    private TimeSpan GlobalWait(DateTimeOffset now, bool exempt)
    {
        lock (_globalLock)
        {
            if (_globalUntil > now)
            {
                return _globalUntil - now;
            }

            if (exempt)
            {
                return TimeSpan.Zero;
            }

            if (now - _windowStart >= TimeSpan.FromSeconds(1))
            {
                _windowStart = now;
                _windowCount = 0;
            }

            if (_windowCount >= options.Value.GlobalRequestsPerSecond)
            {
                return _windowStart + TimeSpan.FromSeconds(1) - now;
            }

            _windowCount++;
            return TimeSpan.Zero;
        }
    }

    private BucketState GetState(DiscordRoute route)
    {
        var bucket = _bucketHashes.TryGetValue(route.Key, out var hash) ? hash : route.Key;
        if (_states.Count > 1000)
        {
            Prune();
        }

        return _states.GetOrAdd($"{bucket}|{route.MajorId}", _ => new BucketState());
    }

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(5);
        foreach (var (key, state) in _states)
        {
            if (state.LastUsed < cutoff && state.Gate.CurrentCount == 1)
            {
                _states.TryRemove(key, out _);
            }
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
