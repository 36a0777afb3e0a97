using NewsBot.Feeds.Fetching;
using Fetch = NewsBot.Tests.Storage.Cluster.IncidentFeedServer.Fetch;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>The two-instance run's double-fetch check catches two fetches in one slot period, and only those.</summary>
public sealed class ClusterChecksTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly Dictionary<int, long> Ids = new() { [0] = 17 };

    // The start of one of feed 0's slot periods.
    private static readonly DateTimeOffset Slot = FeedSchedule.InSlot(new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero), Interval, 17);

    [Fact]
    public void DoubleFetches_TwoInstancesInOneSlotPeriod_Reported()
    {
        var fetches = new[] { new Fetch(0, "a", Slot.AddSeconds(0.1)), new Fetch(0, "b", Slot.AddSeconds(4.9)) };

        var (doubles, refetches) = ClusterChecks.DoubleFetches(fetches, Ids, Interval, "none", DateTimeOffset.MaxValue);

        Assert.Single(doubles);
        Assert.Equal(0, refetches);
    }

    [Fact]
    public void DoubleFetches_LateInOnePeriodEarlyInTheNext_NotReported()
    {
        var fetches = new[] { new Fetch(0, "a", Slot.AddSeconds(4.8)), new Fetch(0, "b", Slot.AddSeconds(5.1)), new Fetch(0, "a", Slot.AddSeconds(10)) };

        var (doubles, _) = ClusterChecks.DoubleFetches(fetches, Ids, Interval, "none", DateTimeOffset.MaxValue);

        Assert.Empty(doubles);
    }

    [Fact]
    public void DoubleFetches_TakeoverRefetch_AllowedOnceThenReported()
    {
        var killedAt = Slot.AddSeconds(0.2);
        var fetches = new[]
        {
            new Fetch(0, "victim", Slot.AddSeconds(0.1)), new Fetch(0, "survivor", Slot.AddSeconds(3)), new Fetch(0, "survivor", Slot.AddSeconds(4)),
        };

        var (doubles, refetches) = ClusterChecks.DoubleFetches(fetches, Ids, Interval, "victim", killedAt);

        Assert.Equal(1, refetches);
        Assert.Single(doubles);
    }
}
