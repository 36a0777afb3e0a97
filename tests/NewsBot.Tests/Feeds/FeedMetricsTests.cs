using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds;

/// <summary>Failure kinds are a small fixed set, so a metric label never carries a message or a URL.</summary>
public sealed class FeedMetricsTests
{
    [Theory]
    [InlineData(429, "Too Many Requests", null, "rate_limited")]
    [InlineData(503, "Service Unavailable", 30, "rate_limited")]
    [InlineData(500, "Internal Server Error", null, "http_5xx")]
    [InlineData(410, "Gone", null, "http_4xx")]
    [InlineData(404, "Not Found", null, "http_4xx")]
    [InlineData(null, "Timed out after 20 s.", null, "timeout")]
    [InlineData(null, "Connection refused (127.0.0.1:9) (Connection refused)", null, "network")]
    [InlineData(null, "Port 8080 is not allowed.", null, "network")]
    public void KindOf_Failure_OneOfTheFixedKinds(int? status, string message, int? retryAfterSeconds, string expected)
    {
        var failure = new FetchFailure(status, message, retryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);

        Assert.Equal(expected, FeedMetrics.KindOf(failure));
    }
}
