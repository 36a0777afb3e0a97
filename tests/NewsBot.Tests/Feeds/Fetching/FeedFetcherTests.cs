using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

/// <summary>The real fetcher and SSRF-guarded handler against a scripted Kestrel server on 127.0.0.1.</summary>
public sealed class FeedFetcherTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>Loopback</title><item><title>One</title></item></channel></rss>";

    [Fact]
    public async Task FetchAsync_SecondPollWithValidators_Returns304NotModified()
    {
        // Arrange
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Mon, 05 Feb 2024 03:00:00 GMT";
            context.Response.Headers.CacheControl = "max-age=900";
            await context.Response.WriteAsync(Rss);
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());
        var first = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);

        // Act
        var second = await fetcher.FetchAsync(server.Url("/feed"), new FetchValidators(first.ETag, first.LastModified), CancellationToken.None);

        // Assert
        Assert.Null(first.Failure);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("Mon, 05 Feb 2024 03:00:00 GMT", first.LastModified);
        Assert.Equal(TimeSpan.FromSeconds(900), first.Hints.MaxAge);
        Assert.True(second.NotModified);
        Assert.Null(second.Body);
        Assert.Equal("Mon, 05 Feb 2024 03:00:00 GMT", server.RequestHeaders[1]["If-Modified-Since"]);
        Assert.Equal("\"v1\"", server.RequestHeaders[1]["If-None-Match"]);
    }

    [Fact]
    public async Task FetchAsync_Ok_SendsDescriptiveUserAgentAndReturnsBody()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);

        Assert.Equal(Rss, Encoding.UTF8.GetString(result.Body!));
        Assert.StartsWith("NewsBot/", server.RequestHeaders[0]["User-Agent"], StringComparison.Ordinal);
        Assert.Contains("gzip", server.RequestHeaders[0]["Accept-Encoding"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_GzipBody_IsDecoded()
    {
        await using var server = await LoopbackServer.StartAsync(context => WriteGzipAsync(context, Encoding.UTF8.GetBytes(Rss)));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);

        Assert.Equal("Loopback", FeedParser.Parse(result.Body, result.FinalUrl, result.ContentType).Title);
    }

    [Fact]
    public async Task FetchAsync_GzipBombOverDecodedCap_FailsAtTheCap()
    {
        // 4 MiB of zeros compress to a few KiB: only the decoded count can stop it.
        await using var server = await LoopbackServer.StartAsync(context => WriteGzipAsync(context, new byte[4 * 1024 * 1024]));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback(maxBodyBytes: 256 * 1024));

        var result = await fetcher.FetchAsync(server.Url("/bomb"), null, CancellationToken.None);

        Assert.Null(result.Body);
        Assert.Contains("limit", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FetchAsync_OversizedBody_Fails(bool declareLength)
    {
        var body = new byte[300 * 1024];
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
            }

            await context.Response.Body.WriteAsync(body);
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback(maxBodyBytes: 256 * 1024));

        var result = await fetcher.FetchAsync(server.Url("/big"), null, CancellationToken.None);

        Assert.Null(result.Body);
        Assert.Contains("limit", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOutWithTheConfiguredTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await context.Response.WriteAsync("<rss>");
            await context.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback(timeout: TimeSpan.FromMilliseconds(300)));

        var result = await fetcher.FetchAsync(server.Url("/slow"), null, CancellationToken.None);

        Assert.Null(result.Body);
        Assert.StartsWith("Timed out", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectChain_FollowsToFinalUrl()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/a" => Redirect(context, 302, "/b"),
            "/b" => Redirect(context, 301, "c"),
            _ => context.Response.WriteAsync(Rss),
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/a"), null, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(server.Url("/c"), result.FinalUrl);
        Assert.Null(result.MovedPermanentlyTo); // one hop was a 302: keep the stored URL
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_PermanentRedirects_ReportTheNewUrl()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.Value switch
        {
            "/old" => Redirect(context, 301, "/older"),
            "/older" => Redirect(context, 308, "/new"),
            _ => context.Response.WriteAsync(Rss),
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/old"), null, CancellationToken.None);

        Assert.Equal(server.Url("/new"), result.MovedPermanentlyTo);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsAfterFiveRedirects()
    {
        await using var server = await LoopbackServer.StartAsync(context => Redirect(context, 302, "/loop"));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/loop"), null, CancellationToken.None);

        Assert.Contains("redirects", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_RedirectTo127001WhenOnlyLocalhostAllowed_IsRefused()
    {
        // "localhost" is allowed (and resolves to the loopback server); 127.0.0.1 itself is not.
        LoopbackServer? server = null;
        server = await LoopbackServer.StartAsync(context => Redirect(context, 302, $"http://127.0.0.1:{server!.Port}/feed"));
        await using var _ = server;
        var options = new FetchOptions { AllowedPrivateHosts = ["localhost"], AllowedPorts = [80, 443, server.Port] };
        using var fetcher = FetcherFactory.Create(options, new Dictionary<string, IPAddress[]> { ["localhost"] = [IPAddress.Loopback] });

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/start"), null, CancellationToken.None);

        Assert.Null(result.Body);
        Assert.Contains("non-public", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:70/x")]
    [InlineData("ftp://127.0.0.1/feed")]
    public async Task FetchAsync_RedirectToNonHttpScheme_IsRefused(string target)
    {
        await using var server = await LoopbackServer.StartAsync(context => Redirect(context, 302, target));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/start"), null, CancellationToken.None);

        Assert.StartsWith("Only http and https", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_429WithRetryAfter_IsAPauseNotAFailure()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());
        var now = new DateTimeOffset(2024, 6, 1, 3, 0, 0, TimeSpan.Zero);

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);
        var decision = FeedSchedule.NextAfterFailure(now, TimeSpan.FromMinutes(1), 1, null, result.Failure!, jitter: 0);

        Assert.Equal(TimeSpan.FromSeconds(120), result.Failure!.RetryAfter);
        Assert.False(decision.CountsAsFailure);
        Assert.Equal(now.AddSeconds(120), decision.NextCheckAt);
    }

    [Theory]
    [InlineData(503, false)]
    [InlineData(500, false)]
    [InlineData(410, true)]
    public async Task FetchAsync_ErrorStatus_IsACountedFailure(int status, bool gone)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);

        Assert.Equal(status, result.Failure!.StatusCode);
        Assert.Null(result.Failure.RetryAfter);
        Assert.Equal(gone, result.Failure.IsGone);
    }

    [Fact]
    public async Task FetchAsync_Windows1252BytesLabelledUtf8_ParseWithTheRightCharacters()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss><channel><title>\u0093Bocor\u0094 caf\u00e9</title></channel></rss>");
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.Body.WriteAsync(bytes).AsTask();
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);
        var feed = FeedParser.Parse(result.Body, result.FinalUrl, result.ContentType);

        Assert.Equal("\u201cBocor\u201d caf\u00e9", feed.Title);
    }

    [Fact]
    public async Task FetchAsync_ManyParallelFetchesToOneHost_AtMostTwoInFlight()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(150);
            await context.Response.WriteAsync(Rss);
        });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(server.Url($"/feed{i}"), null, CancellationToken.None)));

        Assert.All(results, r => Assert.Null(r.Failure));
        Assert.InRange(server.PeakInFlight, 1, 2);
    }

    private static Task Redirect(HttpContext context, int status, string location)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static async Task WriteGzipAsync(HttpContext context, byte[] content)
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(content);
        }

        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentType = "application/rss+xml";
        await context.Response.Body.WriteAsync(compressed.ToArray());
    }
}
