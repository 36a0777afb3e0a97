using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Feeds;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Feeds.Scheduling;

public sealed class FeedClaimTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [StoreFact]
    public async Task ClaimDueAsync_TwoInstancesAtOnce_EachDueFeedClaimedOnce()
    {
        // Arrange: 30 due feeds, 5 not due yet, one disabled; two instances on one database.
        var clock = new FakeTimeProvider(TestClock.Start);
        using var store = new TestStore();
        var first = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        await first.MigrateAsync(CancellationToken.None);
        var second = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        await SeedAsync(first, clock, due: 30, later: 5, disabled: 1);
        var stores = new[] { new FeedStore(first, clock), new FeedStore(second, clock) };

        // Act: claims of 4 feeds from both instances in parallel until nothing is due.
        var claimed = new List<long>();
        IReadOnlyList<FeedState>[] round;
        do
        {
            round = await Task.WhenAll(stores.Select(s => s.ClaimDueAsync(4, clock.GetUtcNow() + Lease, CancellationToken.None)));
            claimed.AddRange(round.SelectMany(r => r).Select(f => f.Id));
        }
        while (round.Any(r => r.Count > 0));

        // Assert
        Assert.Equal(30, claimed.Count);
        Assert.Equal(30, claimed.Distinct().Count());
    }

    [StoreFact]
    public async Task ClaimDueAsync_LeaseRunsOut_FeedIsDueAgain()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var store = new TestStore();
        var database = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        await database.MigrateAsync(CancellationToken.None);
        await SeedAsync(database, clock, due: 1, later: 0, disabled: 0);
        var feeds = new FeedStore(database, clock);
        await feeds.ClaimDueAsync(10, clock.GetUtcNow() + Lease, CancellationToken.None);

        var whileLeased = await feeds.ClaimDueAsync(10, clock.GetUtcNow() + Lease, CancellationToken.None);
        clock.Advance(Lease);
        var afterLease = await feeds.ClaimDueAsync(10, clock.GetUtcNow() + Lease, CancellationToken.None);

        Assert.Empty(whileLeased);
        Assert.Single(afterLease);
    }

    [StoreFact]
    public async Task MoveClaimsAsync_RenewThenRelease_OnlyRowsStillHoldingTheLeaseMove()
    {
        // Arrange: three claimed feeds; the first one's check finished and wrote its next slot, ten minutes ahead.
        var clock = new FakeTimeProvider(TestClock.Start);
        using var store = new TestStore();
        var database = new Database(Options.Create(store.Options), clock, NullLogger<Database>.Instance);
        await database.MigrateAsync(CancellationToken.None);
        await SeedAsync(database, clock, due: 3, later: 0, disabled: 0);
        var feeds = new FeedStore(database, clock);
        var held = clock.GetUtcNow() + TimeSpan.FromSeconds(15);
        var ids = (await feeds.ClaimDueAsync(10, held, CancellationToken.None)).Select(f => f.Id).Order().ToList();
        var done = clock.GetUtcNow() + TimeSpan.FromMinutes(10);
        await feeds.MoveClaimsAsync([ids[0]], held, done, CancellationToken.None);

        // Act: renew all three for 30 s, let the first lease pass, then give the last one back.
        var renewed = clock.GetUtcNow() + TimeSpan.FromSeconds(30);
        await feeds.MoveClaimsAsync(ids, held, renewed, CancellationToken.None);
        await feeds.MoveClaimsAsync(ids, held, clock.GetUtcNow(), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        var afterFirstLease = await feeds.ClaimDueAsync(10, clock.GetUtcNow() + Lease, CancellationToken.None);
        await feeds.MoveClaimsAsync([ids[2]], renewed, clock.GetUtcNow(), CancellationToken.None);
        var afterRelease = await feeds.ClaimDueAsync(10, clock.GetUtcNow() + Lease, CancellationToken.None);

        // Assert: the renewal kept the claims (and a move from the old lease found nothing), the finished check's slot
        // was not overwritten, and only the released feed was due again.
        Assert.Empty(afterFirstLease);
        Assert.Equal([ids[2]], afterRelease.Select(f => f.Id));
        Assert.Equal(done.ToMs(), (await feeds.AllAsync(CancellationToken.None)).Single(f => f.Id == ids[0]).NextCheckAt.ToMs());
    }

    private static async Task SeedAsync(Database database, TimeProvider clock, int due, int later, int disabled)
    {
        var now = clock.GetUtcNow().ToMs();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        for (var i = 0; i < due + later + disabled; i++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO feeds (url, name, created_at, next_check_at, disabled_at) VALUES (@url, @name, @now, @next, @disabled)",
                parameters:
                [
                    ("url", $"https://example.com/{i}.xml"), ("name", $"Feed {i}"), ("now", now),
                    ("next", i < due ? now - i : now + 60_000), ("disabled", i >= due + later ? now : null),
                ]);
        }
    }
}
