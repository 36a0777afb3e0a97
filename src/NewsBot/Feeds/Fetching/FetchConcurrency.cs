using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Feeds.Fetching;

/// <summary>Global and per-host request limits shared by every fetch (singleton).</summary>
public sealed class FetchConcurrency(IOptions<FetchOptions> options)
{
    private readonly SemaphoreSlim _global = new(options.Value.GlobalConcurrency);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var perHost = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(options.Value.PerHostConcurrency));
        await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await perHost.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _global.Release();
            throw;
        }

        return new Lease(_global, perHost);
    }

    private sealed class Lease(SemaphoreSlim global, SemaphoreSlim host) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                host.Release();
                global.Release();
            }
        }
    }
}
