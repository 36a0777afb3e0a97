using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Storage;

public sealed class DatabaseLeaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);

    [StoreFact]
    public async Task TryAcquireAsync_HeldAndRenewed_OtherInstanceWaits()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var db = await TestDatabase.CreateAsync(clock);
        var first = new DatabaseLease(db.Database, clock);
        var second = new DatabaseLease(db.Database, clock);

        Assert.True(await first.TryAcquireAsync("poller", Lease, CancellationToken.None));
        Assert.False(await second.TryAcquireAsync("poller", Lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(await first.TryAcquireAsync("poller", Lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(60));

        Assert.False(await second.TryAcquireAsync("poller", Lease, CancellationToken.None));
    }

    [StoreFact]
    public async Task TryAcquireAsync_HolderStopsRenewing_OtherTakesOverAfterTheLease()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var db = await TestDatabase.CreateAsync(clock);
        var dead = new DatabaseLease(db.Database, clock);
        var survivor = new DatabaseLease(db.Database, clock);
        Assert.True(await dead.TryAcquireAsync("poller", Lease, CancellationToken.None));

        clock.Advance(Lease);

        Assert.True(await survivor.TryAcquireAsync("poller", Lease, CancellationToken.None));
        Assert.False(await dead.TryAcquireAsync("poller", Lease, CancellationToken.None));
    }

    [StoreFact]
    public async Task ReleaseAsync_GracefulStop_OtherTakesOverAtOnce()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var db = await TestDatabase.CreateAsync(clock);
        var leaving = new DatabaseLease(db.Database, clock);
        var next = new DatabaseLease(db.Database, clock);
        Assert.True(await leaving.TryAcquireAsync("poller", Lease, CancellationToken.None));

        await leaving.ReleaseAsync("poller", CancellationToken.None);

        Assert.True(await next.TryAcquireAsync("poller", Lease, CancellationToken.None));
    }
}
