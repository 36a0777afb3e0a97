using System.Diagnostics;

namespace NewsBot.TestKit;

/// <summary>
/// Telegram's documented limits as the fake enforces them: a global token bucket (rate per second with a small
/// burst allowance for network jitter), a minimum interval per chat, and a per-minute cap per group (negative id).
/// A request over any limit counts as a violation and gets a 429.
/// </summary>
public sealed class FakeRateLimits(double globalPerSecond, double globalBurst, TimeSpan chatInterval, TimeSpan chatTolerance, int groupPerMinute)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> _chatLast = [];
    private readonly Dictionary<string, Queue<TimeSpan>> _groupWindows = [];
    private double _tokens = -1;
    private TimeSpan _refilledAt;

    public int Violations { get; private set; }

    /// <summary>Admits the request or counts a violation; returns false when it is over a limit.</summary>
    public bool TryAdmit(string chatId)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            _tokens = _tokens < 0 ? globalBurst : Math.Min(globalBurst, _tokens + ((now - _refilledAt).TotalSeconds * globalPerSecond));
            _refilledAt = now;
            var ok = _tokens >= 1;
            if (_chatLast.TryGetValue(chatId, out var last) && now - last < chatInterval - chatTolerance)
            {
                ok = false;
            }

            Queue<TimeSpan>? window = null;
            if (chatId.StartsWith('-'))
            {
                window = _groupWindows.TryGetValue(chatId, out var existing) ? existing : _groupWindows[chatId] = new Queue<TimeSpan>();
                while (window.Count > 0 && window.Peek() <= now - TimeSpan.FromMinutes(1))
                {
                    window.Dequeue();
                }

                ok &= window.Count < groupPerMinute;
            }

            if (!ok)
            {
                Violations++;
                return false;
            }

            _tokens -= 1;
            _chatLast[chatId] = now;
            window?.Enqueue(now);
            return true;
        }
    }
}
