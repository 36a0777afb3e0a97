namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>
/// Telegram-like flood control for the fake: token buckets of 30/s overall (burst 30), about 1/s per chat
/// (burst 3) and 20/min per group (burst 20). A send over any bucket gets 429 with retry_after.
/// </summary>
public sealed class FakeRateGate(double globalPerSecond = 30, double chatPerSecond = 1, int chatBurst = 3, double groupPerMinute = 20)
{
    private readonly Lock _gate = new();
    private readonly Bucket _global = new(globalPerSecond, globalPerSecond);
    private readonly Dictionary<long, Bucket> _chats = [];
    private readonly Dictionary<long, Bucket> _groups = [];

    /// <summary>Returns null when the send is allowed, else the seconds to wait.</summary>
    public int? TryPass(long chatId, DateTimeOffset now)
    {
        lock (_gate)
        {
            Bucket chat = Get(_chats, chatId, chatPerSecond, chatBurst);
            Bucket? group = chatId < 0 ? Get(_groups, chatId, groupPerMinute / 60, groupPerMinute) : null;
            double wait = Math.Max(_global.WaitFor(now), Math.Max(chat.WaitFor(now), group?.WaitFor(now) ?? 0));
            if (wait > 0)
            {
                return (int)Math.Ceiling(wait);
            }

            _global.Take();
            chat.Take();
            group?.Take();
            return null;
        }
    }

    private static Bucket Get(Dictionary<long, Bucket> map, long key, double rate, double burst)
    {
        if (!map.TryGetValue(key, out Bucket? bucket))
        {
            bucket = new Bucket(rate, burst);
            map[key] = bucket;
        }

        return bucket;
    }

    private sealed class Bucket(double perSecond, double burst)
    {
        private readonly double _capacity = burst;
        private double _tokens = burst;
        private DateTimeOffset? _last;

        public double WaitFor(DateTimeOffset now)
        {
            if (_last is DateTimeOffset last)
            {
                _tokens = Math.Min(_capacity, _tokens + ((now - last).TotalSeconds * perSecond));
            }

            _last = now;
            return _tokens >= 1 ? 0 : (1 - _tokens) / perSecond;
        }

        public void Take() => _tokens -= 1;
    }
}
