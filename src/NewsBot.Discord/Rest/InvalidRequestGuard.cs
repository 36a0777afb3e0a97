using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Stops calling a route after repeated 401/403 answers, so a channel we lost access to can never push the
/// bot towards Discord's invalid-request ban (10,000 401/403/429 per 10 minutes per IP).
/// </summary>
public sealed class InvalidRequestGuard(IOptions<DiscordClientOptions> options, TimeProvider time, ILogger<InvalidRequestGuard> logger)
{
    private readonly ConcurrentDictionary<string, RouteRecord> _routes = new();

    public void ThrowIfBlocked(DiscordRoute route)
    {
        if (_routes.TryGetValue(route.Key, out var record) && record.BlockedUntil > time.GetUtcNow())
        {
            throw new DiscordHttpException(record.LastStatus, record.LastCode, "Route blocked after repeated 401/403 answers", blockedLocally: true);
        }
    }

    public void Record(DiscordRoute route, HttpStatusCode status, int code)
    {
        if (status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            _routes.TryRemove(route.Key, out _);
            return;
        }

        var record = _routes.GetOrAdd(route.Key, _ => new RouteRecord());
        lock (record)
        {
            record.Failures++;
            record.LastStatus = status;
            record.LastCode = code;
            if (record.Failures >= options.Value.InvalidRequestThreshold)
            {
                record.BlockedUntil = time.GetUtcNow() + options.Value.InvalidRequestBlock;
                record.Failures = 0;
                logger.LogWarning(
                    "Discord route {Route} blocked for {Duration} after {Count} answers of {Status}",
                    route.ToString(),
                    options.Value.InvalidRequestBlock,
                    options.Value.InvalidRequestThreshold,
                    (int)status);
            }
        }
    }

    private sealed class RouteRecord
    {
        public int Failures { get; set; }

        public HttpStatusCode LastStatus { get; set; }

        public int LastCode { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
