using NewsBot.Storage;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>Two instances on one PostgreSQL database with a Telegram token: only the poller lease holder long-polls.</summary>
public sealed class TelegramPollerLeaseTests
{
    [PostgresFact]
    public async Task Polling_TwoInstances_OnlyTheHolderPollsAndTheOtherTakesOverWhenItStops()
    {
        using var store = new TestStore(StorageProvider.Postgres);
        var settings = new Dictionary<string, string?> { ["Telegram:PollerLease"] = "00:00:05" };
        store.ApplyTo(settings);
        await using var first = await TelegramBotHarness.StartAsync(settings);
        Assert.NotEmpty(await first.WaitForCallsAsync("getUpdates", 1, seconds: 120));
        await using var second = await TelegramBotHarness.StartAsync(settings);

        // While the first keeps polling (and renewing), the second only checks the lease.
        var before = first.Api.CallsTo("getUpdates").Count();
        Assert.True((await first.WaitForCallsAsync("getUpdates", before + 3, seconds: 120)).Count >= before + 3);
        Assert.Empty(second.Api.CallsTo("getUpdates"));

        await first.StopBotAsync();

        Assert.NotEmpty(await second.WaitForCallsAsync("getUpdates", 1, seconds: 120));
    }
}
