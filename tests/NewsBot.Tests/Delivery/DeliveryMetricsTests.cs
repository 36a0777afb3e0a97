using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

public sealed class DeliveryMetricsTests
{
    [StoreFact]
    public async Task DispatchAndSummarize_PublishSendsFailuresAndQueueGauges()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Platform, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeliveryMetrics.MeterName && instrument.Meter.Scope == db.MeterFactory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tag(tags, "platform"), Tag(tags, "outcome"))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tag(tags, "platform"), Tag(tags, "outcome"))));
        listener.Start();
        var ok = await db.AddChatAsync("telegram", "1");
        var failing = await db.AddChatAsync("telegram", "2");
        await db.AddAlertAsync("A", ok, failing);
        var platform = new ScriptedPlatform("telegram");
        platform.Script("2", SendOutcome.Retry("500"));
        var dispatcher = db.CreateDispatcher(new DeliveryOptions(), platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        await dispatcher.SummarizeAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Contains(("newsbot.delivery.sends", 1d, "telegram", null), measurements);
        Assert.Contains(("newsbot.delivery.failures", 1d, "telegram", "retry"), measurements);
        Assert.Contains(("newsbot.delivery.queue_length", 1d, null, null), measurements);
        Assert.Contains(("newsbot.delivery.oldest_pending_age", 120d, null, null), measurements);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
