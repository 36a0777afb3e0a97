using Microsoft.Extensions.Options;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Paces sends to Telegram's limits: a global rate, a minimum interval per chat and a per-minute cap per
/// group (negative ids). Each send reserves the earliest slot that satisfies all three, so concurrent
/// senders queue instead of bursting; a 429 pushes that chat's next slot past retry_after. Global slots are
/// kept as a schedule, so a chat waiting far in the future does not hold up the others.
/// </summary>
public sealed class TelegramSendLimiter(IOptions<TelegramOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly TelegramOptions _options = options.Value;
    private readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupSlots = [];
    private readonly List<DateTimeOffset> _globalSlots = [];

    /// <summary>Waits for this chat's next slot.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        TimeSpan delay = Reserve(chatId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    /// <summary>Reserves the next slot for <paramref name="chatId"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(long chatId)
    {
        lock (_gate)
        {
            DateTimeOffset now = clock.GetUtcNow();
            DateTimeOffset slot = now;
            if (_chatNext.TryGetValue(chatId, out DateTimeOffset chatNext))
            {
                slot = Max(slot, chatNext);
            }

            Queue<DateTimeOffset>? group = null;
            if (chatId < 0)
            {
                group = GroupWindow(chatId, now);
                if (group.Count >= _options.GroupMessagesPerMinute)
                {
                    slot = Max(slot, group.Peek() + TimeSpan.FromMinutes(1));
                    group.Dequeue();
                }
            }

            slot = ReserveGlobal(slot, now);
            group?.Enqueue(slot);
            _chatNext[chatId] = slot + _options.ChatInterval;
            return slot - now;
        }
    }

    /// <summary>Flood control answered: nothing more to this chat until retry_after (+10 %) has passed.</summary>
    public void Penalize(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            DateTimeOffset until = clock.GetUtcNow() + (retryAfter * 1.1);
            _chatNext[chatId] = Max(until, _chatNext.GetValueOrDefault(chatId));
        }
    }

    /// <summary>Earliest time ≥ <paramref name="earliest"/> at least one global interval away from every reserved slot.</summary>
    private DateTimeOffset ReserveGlobal(DateTimeOffset earliest, DateTimeOffset now)
    {
        // Rounded up to whole ticks so N slots never fit into a window shorter than N intervals.
        var interval = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / _options.GlobalMessagesPerSecond));
        _globalSlots.RemoveAll(s => s + interval <= now);
        DateTimeOffset slot = earliest;
        int index = 0;
        for (; index < _globalSlots.Count; index++)
        {
            DateTimeOffset reserved = _globalSlots[index];
            if (reserved + interval <= slot)
            {
                continue;
            }

            if (reserved >= slot + interval)
            {
                break;
            }

            slot = reserved + interval;
        }

        _globalSlots.Insert(index, slot);
        return slot;
    }

    private Queue<DateTimeOffset> GroupWindow(long chatId, DateTimeOffset now)
    {
        if (!_groupSlots.TryGetValue(chatId, out Queue<DateTimeOffset>? window))
        {
            window = new Queue<DateTimeOffset>();
            _groupSlots[chatId] = window;
        }

        while (window.Count > 0 && window.Peek() <= now - TimeSpan.FromMinutes(1))
        {
            window.Dequeue();
        }

        return window;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
