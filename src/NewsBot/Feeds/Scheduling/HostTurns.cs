namespace NewsBot.Feeds.Scheduling;

/// <summary>
/// The poller's per-host turns: at most N checks of one host (host and port) at once. Further claimed feeds of a
/// busy host wait here, in memory, instead of in a check slot, so a slow server's queue never blocks the feeds of
/// other servers.
/// </summary>
internal sealed class HostTurns(int perHost)
{
    private readonly Dictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>True when the feed may be checked now; otherwise it waits for its host's turn.</summary>
    public bool TryStart(FeedState feed)
    {
        lock (_lock)
        {
            var host = _hosts.TryGetValue(Key(feed), out var known) ? known : _hosts[Key(feed)] = new Host();
            if (host.Running < perHost)
            {
                host.Running++;
                return true;
            }

            host.Waiting.Enqueue(feed);
            return false;
        }
    }

    /// <summary>Ends a check: the host's next waiting feed takes its turn (returned), or the turn is given back.</summary>
    public FeedState? Finish(FeedState feed, bool takeNext)
    {
        lock (_lock)
        {
            var host = _hosts[Key(feed)];
            if (takeNext && host.Waiting.TryDequeue(out var next))
            {
                return next;
            }

            host.Running--;
            return null;
        }
    }

    /// <summary>Removes and returns every waiting feed: their claims run out and they are claimed again.</summary>
    public List<FeedState> Abandon()
    {
        lock (_lock)
        {
            var waiting = _hosts.Values.SelectMany(host => host.Waiting).ToList();
            foreach (var host in _hosts.Values)
            {
                host.Waiting.Clear();
            }

            return waiting;
        }
    }

    private static string Key(FeedState feed) => Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) ? url.Authority : feed.Url;

    private sealed class Host
    {
        public int Running { get; set; }

        public Queue<FeedState> Waiting { get; } = new();
    }
}
