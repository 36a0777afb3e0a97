using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace NewsBot.Chat;

/// <summary>
/// Per-user command budget (burst 5, then one every 3 s). A throttled user is told once per window
/// to slow down; further commands in that window get no answer, so a flood cannot spend the chat's send budget.
/// </summary>
public sealed class CommandThrottle(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan WarnWindow = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<(string, string), DateTimeOffset> _warned = new();
    private readonly PartitionedRateLimiter<(string Platform, string User)> _limiter = PartitionedRateLimiter.Create<(string Platform, string User), (string, string)>(
        key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 5,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(3),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the command may run; otherwise the reply to give (possibly <see cref="Reply.None"/>).</summary>
    public Reply? Check(string platform, string userId)
    {
        using var lease = _limiter.AttemptAcquire((platform, userId));
        if (lease.IsAcquired)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var key = (platform, userId);
        if (_warned.TryGetValue(key, out var last) && now - last < WarnWindow)
        {
            return Reply.None;
        }

        _warned[key] = now;
        return Reply.Plain(Texts.SlowDown);
    }

    public void Dispose() => _limiter.Dispose();
}
