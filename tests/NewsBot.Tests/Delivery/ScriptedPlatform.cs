using System.Collections.Concurrent;
using NewsBot.Alerts;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

/// <summary>An in-process platform whose answers a test scripts per chat; records every send.</summary>
internal sealed class ScriptedPlatform(string name) : IChatPlatform
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SendOutcome>> _scripts = new();

    public string Name { get; } = name;

    public ConcurrentQueue<(string ChatId, string Title, string DeliveryKey)> Sends { get; } = new();

    /// <summary>When set, every send waits for it (to hold sends in flight).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int MaxConcurrent => _maxConcurrent;

    /// <summary>Sends inside the platform right now.</summary>
    public int InFlight => Volatile.Read(ref _current);

    private int _current;
    private int _maxConcurrent;

    public void Script(string chatId, params SendOutcome[] outcomes)
    {
        var queue = _scripts.GetOrAdd(chatId, _ => new ConcurrentQueue<SendOutcome>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    /// <summary>Every digest the platform accepted.</summary>
    public ConcurrentQueue<(string ChatId, AlertDigest Digest, string DeliveryKey)> Digests { get; } = new();

    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(chat, deliveryKey, () => Sends.Enqueue((chat.ExternalId, alert.Title, deliveryKey)), cancellationToken);

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(chat, deliveryKey, () => Digests.Enqueue((chat.ExternalId, digest, deliveryKey)), cancellationToken);

    private async Task<SendOutcome> SendAsync(ChatAddress chat, string deliveryKey, Action accepted, CancellationToken cancellationToken)
    {
        var current = Interlocked.Increment(ref _current);
        InterlockedMax(ref _maxConcurrent, current);
        try
        {
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            var outcome = _scripts.TryGetValue(chat.ExternalId, out var queue) && queue.TryDequeue(out var scripted)
                ? scripted
                : SendOutcome.Sent("m" + deliveryKey);
            if (outcome.Status == SendStatus.Sent)
            {
                accepted();
            }

            return outcome;
        }
        finally
        {
            Interlocked.Decrement(ref _current);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
