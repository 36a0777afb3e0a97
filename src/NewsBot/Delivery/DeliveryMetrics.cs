using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NewsBot.Delivery;

/// <summary>Meter "NewsBot.Delivery": queue length, oldest pending age, send outcomes and stopped platforms.</summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "NewsBot.Delivery";

    private readonly Counter<long> _sends;
    private readonly Counter<long> _failures;
    private readonly ConcurrentDictionary<string, long> _stopped = new(StringComparer.Ordinal);
    private long _queueLength;
    private double _oldestPendingSeconds;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sends = meter.CreateCounter<long>("newsbot.delivery.sends", "{message}", "Messages the platform accepted.");
        _failures = meter.CreateCounter<long>("newsbot.delivery.failures", "{message}", "Send attempts that did not deliver, by outcome.");
        meter.CreateObservableGauge("newsbot.delivery.queue_length", () => Volatile.Read(ref _queueLength), "{row}", "Outbox rows pending or in flight.");
        meter.CreateObservableGauge("newsbot.delivery.oldest_pending_age", () => Volatile.Read(ref _oldestPendingSeconds), "s", "Age of the oldest undelivered outbox row.");
        meter.CreateObservableGauge("newsbot.delivery.platform_stopped", ObserveStopped, "{platform}", "1 while a platform's bot token is rejected (401) and its sending has stopped, else 0.");
    }

    public void Sent(string platform) => _sends.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Failed(string platform, string outcome) =>
        _failures.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Alert on this: 1 means nothing reaches that platform until its token is fixed.</summary>
    public void PlatformStopped(string platform, bool stopped) => _stopped[platform] = stopped ? 1 : 0;

    public void Observe(OutboxSummary summary)
    {
        Volatile.Write(ref _queueLength, summary.Pending + summary.Sending);
        Volatile.Write(ref _oldestPendingSeconds, summary.OldestPendingAge?.TotalSeconds ?? 0);
    }

    private IEnumerable<Measurement<long>> ObserveStopped() =>
        _stopped.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("platform", p.Key)));
}
