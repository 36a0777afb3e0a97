namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Politeness towards one server: at most <c>concurrency</c> requests in flight, and request starts at least
/// <c>spacing</c> apart.
/// </summary>
public sealed class HostGate(int concurrency, TimeSpan spacing, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _inFlight = new(concurrency);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    /// <summary>Waits for a free place and this request's start slot; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            DateTimeOffset start;
            lock (_lock)
            {
                var now = clock.GetUtcNow();
                start = _nextStart > now ? _nextStart : now;
                _nextStart = start + spacing;
            }

            var wait = start - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            return new Release(_inFlight);
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    public void Dispose() => _inFlight.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
