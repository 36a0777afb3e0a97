using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Typed client for feeds and article pages: conditional GET, redirects followed by hand (each hop re-checked),
/// decoded-size cap, overall timeout, per-host and global concurrency limits. Never throws for HTTP or network
/// problems (they become <see cref="FetchStatus.Failed"/>); only the caller's cancellation propagates.
/// </summary>
public sealed class FeedFetcher(HttpClient http, IOptions<FetchOptions> options, FetchConcurrency concurrency, TimeProvider time, ILogger<FeedFetcher> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public Task<FetchResult> FetchAsync(Uri url, FetchValidators? previous, CancellationToken ct) =>
        SendAsync(url, previous, options.Value.MaxBodyBytes, FeedAccept, ct);

    /// <summary>An article page: same pipeline and guard, the article size cap, no validators.</summary>
    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken ct) =>
        SendAsync(url, null, options.Value.MaxArticleBytes, PageAccept, ct);

    private async Task<FetchResult> SendAsync(Uri url, FetchValidators? previous, long cap, string accept, CancellationToken ct)
    {
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var current = url;
        var permanent = true;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (UrlPolicy.Check(current, settings) is { } refusal)
                {
                    return FetchResult.Failed(current, FetchFailure.Refused, refusal);
                }

                using var lease = await concurrency.AcquireAsync(current.IdnHost, linked.Token).ConfigureAwait(false);
                using var request = BuildRequest(current, previous, accept, settings);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    if (hop >= settings.MaxRedirects)
                    {
                        return FetchResult.Failed(current, FetchFailure.TooManyRedirects, $"More than {settings.MaxRedirects} redirects.", status);
                    }

                    permanent &= status is 301 or 308;
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                var result = await ReadAsync(response, current, previous, cap, linked.Token).ConfigureAwait(false);
                return result with { MovedPermanently = hop > 0 && permanent };
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Failed(current, FetchFailure.Timeout, $"Timed out after {settings.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            logger.LogWarning("Fetch of {Host} refused by the address guard: {Reason}", current.IdnHost, refused.Message);
            return FetchResult.Failed(current, FetchFailure.Refused, refused.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or UriFormatException)
        {
            return FetchResult.Failed(current, FetchFailure.Network, ex.Message);
        }
    }

    private async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri url, FetchValidators? previous, long cap, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var maxAge = ResponseHints.MaxAge(response);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified:
                return new FetchResult(FetchStatus.NotModified, url) { HttpStatus = status, Validators = previous, MaxAge = maxAge };
            case HttpStatusCode.Gone:
                return new FetchResult(FetchStatus.Gone, url) { HttpStatus = status, Failure = FetchFailure.HttpStatus, Error = "410 Gone" };
            case HttpStatusCode.TooManyRequests:
            case HttpStatusCode.ServiceUnavailable when response.Headers.RetryAfter is not null:
                return new FetchResult(FetchStatus.RateLimited, url)
                {
                    HttpStatus = status,
                    RetryAfter = ResponseHints.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()),
                    Error = $"{status} {response.ReasonPhrase}",
                };
            default:
                break;
        }

        if (!response.IsSuccessStatusCode)
        {
            return FetchResult.Failed(url, FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}", status);
        }

        if (response.Content.Headers.ContentLength > cap)
        {
            return FetchResult.Failed(url, FetchFailure.TooLarge, $"Content-Length {response.Content.Headers.ContentLength} exceeds {cap} bytes.", status);
        }

        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var body = await LimitedReader.ReadAsync(stream, cap, ct).ConfigureAwait(false);
            if (body is null)
            {
                return FetchResult.Failed(url, FetchFailure.TooLarge, $"Body exceeds {cap} bytes after decoding.", status);
            }

            return new FetchResult(FetchStatus.Ok, url)
            {
                HttpStatus = status,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Validators = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")),
                MaxAge = maxAge,
            };
        }
    }

    private static HttpRequestMessage BuildRequest(Uri url, FetchValidators? previous, string accept, FetchOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        if (previous?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (previous?.LastModified is { Length: > 0 } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private static SsrfRefusedException? FindRefusal(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SsrfRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
