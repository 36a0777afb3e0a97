using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Chat;

/// <summary>
/// Per-user command budget: a burst of <see cref="ChatOptions.CommandBurst"/>, then one per <see cref="ChatOptions.CommandInterval"/> (GCRA, read through <see cref="TimeProvider"/> so tests
/// control time). A command over the budget is not run, but never dropped silently: it is answered with when to try
/// again. The console is not throttled: it is the operator's own terminal and the demo pipes many lines at once.
/// </summary>
public sealed class CommandThrottle(IOptions<ChatOptions> options, TimeProvider clock)
{
    private readonly int _burst = options.Value.CommandBurst;
    private readonly TimeSpan _interval = options.Value.CommandInterval;

    // Per user: the moment the budget would be full again (the "theoretical arrival time" of GCRA).
    private readonly ConcurrentDictionary<(string, string), DateTimeOffset> _full = new();

    /// <summary>Null when the command may run now; otherwise how long until the user may send the next one.</summary>
    public TimeSpan? Check(string platform, string userId)
    {
        if (platform == Console.ConsolePlatform.PlatformName)
        {
            return null;
        }

        var key = (platform, userId);
        var now = clock.GetUtcNow();
        while (true)
        {
            var known = _full.TryGetValue(key, out var full);
            var next = (known && full > now ? full : now) + _interval;
            var wait = next - now - (_interval * _burst);
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            if (known ? _full.TryUpdate(key, next, full) : _full.TryAdd(key, next))
            {
                return null;
            }
        }
    }
}
