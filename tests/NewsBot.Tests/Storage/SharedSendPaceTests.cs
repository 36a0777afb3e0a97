using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Storage;

public sealed class SharedSendPaceTests
{
    [PostgresFact]
    public async Task ReserveAsync_TwoInstancesAtOnce_SlotsSpacedByTheSharedRate()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var store = new TestStore(StorageProvider.Postgres);
        var first = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        var second = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        await first.MigrateAsync(CancellationToken.None);
        var paces = new[] { new SharedSendPace(first, clock), new SharedSendPace(second, clock) };

        // 40 sends from two instances in the same instant at 20 per second: together they need 2 seconds.
        var waits = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => paces[i % 2].ReserveAsync("telegram", 20, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 40).Select(i => TimeSpan.FromMilliseconds(50 * i)), waits.Order());
    }

    [PostgresFact]
    public async Task ReserveAsync_IdleLongerThanOneInterval_NoWait()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var db = new TestStore(StorageProvider.Postgres);
        var database = new Database(Options.Create(db.Options), clock, NullLogger<Database>.Instance);
        await database.MigrateAsync(CancellationToken.None);
        var pace = new SharedSendPace(database, clock);
        await pace.ReserveAsync("discord", 50, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, await pace.ReserveAsync("discord", 50, CancellationToken.None));
    }

    [StoreFact]
    public async Task ReserveAsync_Sqlite_LeavesPacingToThePlatform()
    {
        using var db = await TestDatabase.CreateAsync();
        var pace = new SharedSendPace(db.Database, TimeProvider.System);

        var waits = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => pace.ReserveAsync("telegram", 1, CancellationToken.None)));

        Assert.Equal(db.Database.Dialect.IsPostgres, waits.Any(w => w > TimeSpan.Zero));
    }
}
