using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Keeps the bot far from Discord's invalid-request ban (10,000 answers of 401/403/429 per 10 minutes per IP):
/// a route stops after repeated 401/403, every route stops after repeated 401 (the token is dead), and all
/// requests stop for the rest of the window once <see cref="DiscordClientOptions.InvalidRequestBudget"/> is spent.
/// </summary>
public sealed class InvalidRequestGuard(IOptions<DiscordClientOptions> options, TimeProvider time, ILogger<InvalidRequestGuard> logger)
{
    private const string TokenKey = "*token";
    private const string BudgetKey = "*budget";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, RouteRecord> _routes = new();
    private readonly Lock _windowLock = new();
    private DateTimeOffset _windowStart;
    private int _windowCount;

    public void ThrowIfBlocked(DiscordRoute route)
    {
        var now = time.GetUtcNow();
        foreach (var key in new[] { BudgetKey, TokenKey, route.Key })
        {
            if (_routes.TryGetValue(key, out var record) && record.BlockedUntil > now)
            {
                throw new DiscordHttpException(record.LastStatus, record.LastCode, "Route blocked after repeated invalid requests", blockedLocally: true);
            }
        }
    }

    public void Record(DiscordRoute route, HttpStatusCode status, int code)
    {
        if (status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            // A good answer resets the failure counts, but never lifts a block in force.
            ClearUnlessBlocked(route.Key);
            ClearUnlessBlocked(TokenKey);
            return;
        }

        CountInvalid(status, code);
        Fail(route.Key, route.ToString(), status, code, options.Value.InvalidRequestBlock);
        if (status == HttpStatusCode.Unauthorized)
        {
            Fail(TokenKey, "every route (bot token rejected)", status, code, options.Value.InvalidRequestBlock);
        }
    }

    /// <summary>A 429 counts towards the ban unless its scope is "shared".</summary>
    public void RecordRateLimited(bool sharedScope)
    {
        if (!sharedScope)
        {
            CountInvalid(HttpStatusCode.TooManyRequests, 0);
        }
    }

    private void CountInvalid(HttpStatusCode status, int code)
    {
        var now = time.GetUtcNow();
        lock (_windowLock)
        {
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _windowCount = 0;
            }

            if (++_windowCount < options.Value.InvalidRequestBudget)
            {
                return;
            }

            _windowCount = 0;
            var record = _routes.GetOrAdd(BudgetKey, _ => new RouteRecord());
            lock (record)
            {
                record.LastStatus = status;
                record.LastCode = code;
                record.BlockedUntil = _windowStart + Window;
            }

            logger.LogError("Discord invalid-request budget of {Budget} per 10 minutes spent: all requests paused until {Until}", options.Value.InvalidRequestBudget, _windowStart + Window);
        }
    }

    private void ClearUnlessBlocked(string key)
    {
        if (_routes.TryGetValue(key, out var record) && record.BlockedUntil <= time.GetUtcNow())
        {
            _routes.TryRemove(key, out _);
        }
    }

    private void Fail(string key, string name, HttpStatusCode status, int code, TimeSpan block)
    {
        var record = _routes.GetOrAdd(key, _ => new RouteRecord());
        lock (record)
        {
            record.Failures++;
            record.LastStatus = status;
            record.LastCode = code;
            if (record.Failures < options.Value.InvalidRequestThreshold)
            {
                return;
            }

            record.BlockedUntil = time.GetUtcNow() + block;
            record.Failures = 0;
        }

        logger.LogWarning(
            "Discord route {Route} blocked for {Duration} after {Count} answers of {Status}",
            name,
            block,
            options.Value.InvalidRequestThreshold,
            (int)status);
    }

    private sealed class RouteRecord
    {
        public int Failures { get; set; }

        public HttpStatusCode LastStatus { get; set; }

        public int LastCode { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
