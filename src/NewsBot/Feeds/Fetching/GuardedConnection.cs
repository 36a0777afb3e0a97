using System.Net;
using System.Net.Sockets;

namespace NewsBot.Feeds.Fetching;

/// <summary>Resolves a host name to addresses (DNS in production, a table in tests).</summary>
public delegate Task<IPAddress[]> ResolveHost(string host, CancellationToken cancellationToken);

/// <summary>
/// The SSRF guard. Every connection of the fetch client goes through <see cref="ConnectAsync"/>: the host is
/// resolved once, every address is vetted, and the socket connects to those vetted addresses only. Checking
/// at connect time covers redirects and DNS rebinding, because there is no second lookup to trick.
/// </summary>
public static class GuardedConnection
{
    public static SocketsHttpHandler CreateHandler(FetchOptions options, ResolveHost resolve) => new()
    {
        AllowAutoRedirect = false,   // redirects are followed by hand, each hop re-checked
        UseProxy = false,            // with a proxy, the callback would only see the proxy
        ConnectTimeout = options.ConnectTimeout,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options, resolve, cancellationToken),
    };

    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, FetchOptions options, ResolveHost resolve, CancellationToken cancellationToken)
    {
        var host = endpoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"No address found for host '{host}'.");
        }

        var allowedPrivate = options.AllowedPrivateHosts.Contains(host, StringComparer.OrdinalIgnoreCase);
        if (!allowedPrivate && !addresses.All(AddressPolicy.IsPublic))
        {
            throw new HttpRequestException($"Refused to connect to a non-public address for host '{host}'.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Checks a URL before any request: http(s) only, no user info, an allowed port.</summary>
    public static string? RefusalReason(Uri url, FetchOptions options)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return $"Only http and https URLs are fetched, not '{(url.IsAbsoluteUri ? url.Scheme : url.OriginalString)}'.";
        }

        if (url.UserInfo.Length > 0)
        {
            return "URLs with user information are not fetched.";
        }

        var allowedPrivate = options.AllowedPrivateHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase);
        return allowedPrivate || options.AllowedPorts.Contains(url.Port) ? null : $"Port {url.Port} is not allowed.";
    }
}
