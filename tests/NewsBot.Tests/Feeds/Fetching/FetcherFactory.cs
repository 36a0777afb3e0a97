using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

/// <summary>Builds a real <see cref="FeedFetcher"/> over the real guarded handler, with a table resolver instead of DNS.</summary>
internal static class FetcherFactory
{
    public static FeedFetcher Create(FetchOptions options, IReadOnlyDictionary<string, IPAddress[]>? dns = null, TimeProvider? clock = null)
    {
        var table = dns ?? new Dictionary<string, IPAddress[]>();
        ResolveHost resolve = (host, _) => Task.FromResult(table.TryGetValue(host, out var addresses) ? addresses : []);
        var handler = GuardedConnection.CreateHandler(options, resolve);
        return new FeedFetcher(new SingleClientFactory(handler), Options.Create(options), clock ?? TimeProvider.System, NullLogger<FeedFetcher>.Instance);
    }

    /// <summary>Options for tests: only 127.0.0.1 may be private, short timeout.</summary>
    public static FetchOptions Loopback(long maxBodyBytes = 15L * 1024 * 1024, TimeSpan? timeout = null) => new()
    {
        AllowedPrivateHosts = ["127.0.0.1"],
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxBodyBytes = maxBodyBytes,
    };

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
