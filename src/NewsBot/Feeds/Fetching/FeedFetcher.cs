using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Polite, bounded HTTP GET for feeds and article pages: conditional requests, decompression, a decoded-size
/// cap, redirects followed by hand (each hop re-checked), per-host and global concurrency limits, and the
/// SSRF guard on every connection. Never throws for a server's behaviour: failures come back as <see cref="FetchFailure"/>.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider clock, ILogger<FeedFetcher> logger) : IDisposable
{
    public const string ClientName = "NewsBot.Fetching";

    private readonly FetchOptions _options = options.Value;
    private readonly SemaphoreSlim _global = new(options.Value.GlobalConcurrency);
    private readonly ConcurrentDictionary<string, HostGate> _perHost = new(StringComparer.OrdinalIgnoreCase);

    public Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken) =>
        FetchAsync(url, validators, _options.MaxBodyBytes, "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", cancellationToken);

    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, null, _options.MaxArticleBytes, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5", cancellationToken);

    private async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, long maxBytes, string accept, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var permanent = true;
            for (var hop = 0; hop <= _options.MaxRedirects; hop++)
            {
                if (GuardedConnection.RefusalReason(url, _options) is { } refusal)
                {
                    return FetchResult.Failed(null, refusal);
                }

                // One server is one origin: host and port.
                var hostGate = _perHost.GetOrAdd(url.Authority, _ => new HostGate(_options.PerHostConcurrency, _options.PerHostSpacing, clock));
                using var hostTurn = await hostGate.EnterAsync(timeout.Token);
                await _global.WaitAsync(timeout.Token);
                try
                {
                    using var request = CreateRequest(url, validators, accept);
                    using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                    {
                        url = new Uri(url, location);
                        permanent &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
                        continue;
                    }

                    var result = await ReadAsync(url, response, maxBytes, timeout.Token);
                    return hop > 0 && permanent && result.Failure is null ? result with { MovedPermanentlyTo = url } : result;
                }
                finally
                {
                    _global.Release();
                }
            }

            return FetchResult.Failed(null, $"More than {_options.MaxRedirects} redirects.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(null, $"Timed out after {_options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogDebug(ex, "Fetching {Url} failed", url);
            return FetchResult.Failed((int?)ex.StatusCode, ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message);
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(null, ex.Message);
        }
    }

    private HttpRequestMessage CreateRequest(Uri url, FetchValidators? validators, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        // Both validators are sent; a server that knows the ETag lets it take precedence (RFC 9110 §13.1.3).
        if (validators?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { Length: > 0 } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        return request;
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(true, null, null, url, null, null, Hints(response), null);
        }

        // 429 is always a pause; 503 only when the server says when to come back — otherwise it is a failure.
        if (response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null))
        {
            return FetchResult.Failed(status, $"HTTP {status}", RetryAfter(response, clock.GetUtcNow()) ?? TimeSpan.Zero);
        }

        if (!response.IsSuccessStatusCode)
        {
            return FetchResult.Failed(status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return FetchResult.Failed(status, $"Body of {response.Content.Headers.ContentLength} bytes exceeds the {maxBytes} byte limit.");
        }

        var body = await ReadBoundedAsync(response.Content, maxBytes, cancellationToken);
        if (body is null)
        {
            return FetchResult.Failed(status, $"Decoded body exceeds the {maxBytes} byte limit.");
        }

        return new FetchResult(
            false, body, response.Content.Headers.ContentType?.ToString(), url,
            response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"), Hints(response), null);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> decoded bytes; null when there is more (a gzip bomb stops here).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static FetchHints Hints(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        // "no-cache"/"no-store" or Expires: 0 mean "don't trust max-age" (Miniflux does the same).
        var expiresZero = response.Content.Headers.TryGetValues("Expires", out var expires) && expires.Any(value => value.Trim() == "0");
        return !expiresZero && cache is { NoCache: false, NoStore: false, MaxAge: { } maxAge } ? new FetchHints(maxAge) : FetchHints.None;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > (response.Headers.Date ?? now) ? date - (response.Headers.Date ?? now) : TimeSpan.Zero,
        _ => null,
    };

    public void Dispose()
    {
        _global.Dispose();
        foreach (var gate in _perHost.Values)
        {
            gate.Dispose();
        }
    }
}
