namespace NewsBot.Feeds.Scheduling;

/// <summary>
/// The feeds this instance has claimed (checking them or waiting for their host) and the lease each row holds. Leases
/// are short and renewed while the instance lives, so the feeds of a killed instance are due again within
/// <see cref="Lease"/>, while a long check on a live instance is never taken over by another.
/// </summary>
internal sealed class FeedClaims(FeedStore feeds)
{
    /// <summary>How long a claim lasts without renewal: a few renewals, so one slow database round does not lose it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    /// <summary>How often the leases of claimed feeds are renewed.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);

    private readonly Dictionary<long, DateTimeOffset> _held = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Records a claim; false when the feed is still claimed here (its earlier lease ran out while its check went on,
    /// so it was claimed again): the check already running covers it.
    /// </summary>
    public bool TryAdd(FeedState feed, DateTimeOffset leaseUntil)
    {
        lock (_lock)
        {
            var isNew = !_held.ContainsKey(feed.Id);
            _held[feed.Id] = leaseUntil;
            return isNew;
        }
    }

    /// <summary>The check wrote the feed's next slot: the claim is over.</summary>
    public void Done(long feedId)
    {
        lock (_lock)
        {
            _held.Remove(feedId);
        }
    }

    /// <summary>Extends every claim still held to <paramref name="leaseUntil"/>.</summary>
    public async Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        foreach (var (heldUntil, ids) in Snapshot(null))
        {
            await feeds.MoveClaimsAsync(ids, heldUntil, leaseUntil, cancellationToken);
            lock (_lock)
            {
                foreach (var id in ids.Where(id => _held.TryGetValue(id, out var held) && held == heldUntil))
                {
                    _held[id] = leaseUntil;
                }
            }
        }
    }

    /// <summary>Gives back claims that were never checked: the feeds are due again at once, here or elsewhere.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<FeedState> notChecked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = notChecked.Select(feed => feed.Id).ToHashSet();
        foreach (var (heldUntil, group) in Snapshot(ids))
        {
            lock (_lock)
            {
                group.ForEach(id => _held.Remove(id));
            }

            await feeds.MoveClaimsAsync(group, heldUntil, now, cancellationToken);
        }
    }

    private List<(DateTimeOffset HeldUntil, List<long> Ids)> Snapshot(HashSet<long>? only)
    {
        lock (_lock)
        {
            return [.. _held.Where(claim => only is null || only.Contains(claim.Key))
                .GroupBy(claim => claim.Value, claim => claim.Key)
                .Select(group => (group.Key, group.ToList()))];
        }
    }
}
