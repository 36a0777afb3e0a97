using System.Net;
using System.Net.Sockets;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// The primary handler of the feed/article client. The SSRF guard lives in <see cref="SocketsHttpHandler.ConnectCallback"/>:
/// resolve once, vet every address, connect only to the vetted addresses — so redirects and DNS rebinding cannot
/// reach loopback, private, link-local, CGNAT, multicast or metadata addresses.
/// </summary>
public static class FeedHttpHandler
{
    public static SocketsHttpHandler Create(FetchOptions options, IHostResolver resolver) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = options.ConnectTimeout,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options, resolver, cancellationToken),
    };

    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, FetchOptions options, IHostResolver resolver, CancellationToken cancellationToken)
    {
        var addresses = await resolver.ResolveAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SsrfRefusedException($"Host '{endPoint.Host}' did not resolve.");
        }

        if (!UrlPolicy.IsAllowedPrivateHost(endPoint.Host, options) && !addresses.All(AddressPolicy.IsPublic))
        {
            throw new SsrfRefusedException($"Refused: host '{endPoint.Host}' resolves to a non-public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
