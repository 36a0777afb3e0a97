using System.Diagnostics.Metrics;

namespace NewsBot.Delivery;

/// <summary>Meter "NewsBot.Delivery": queue length, oldest pending age, and send outcomes per platform.</summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "NewsBot.Delivery";

    private readonly Counter<long> _sends;
    private readonly Counter<long> _failures;
    private long _queueLength;
    private double _oldestPendingSeconds;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sends = meter.CreateCounter<long>("newsbot.delivery.sends", "{message}", "Messages the platform accepted.");
        _failures = meter.CreateCounter<long>("newsbot.delivery.failures", "{message}", "Send attempts that did not deliver, by outcome.");
        meter.CreateObservableGauge("newsbot.delivery.queue_length", () => Volatile.Read(ref _queueLength), "{row}", "Outbox rows pending or in flight.");
        meter.CreateObservableGauge("newsbot.delivery.oldest_pending_age", () => Volatile.Read(ref _oldestPendingSeconds), "s", "Age of the oldest undelivered outbox row.");
    }

    public void Sent(string platform) => _sends.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Failed(string platform, string outcome) =>
        _failures.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome));

    public void Observe(OutboxSummary summary)
    {
        Volatile.Write(ref _queueLength, summary.Pending + summary.Sending);
        Volatile.Write(ref _oldestPendingSeconds, summary.OldestPendingAge?.TotalSeconds ?? 0);
    }
}
