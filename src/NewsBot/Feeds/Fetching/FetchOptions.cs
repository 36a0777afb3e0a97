using System.ComponentModel.DataAnnotations;

namespace NewsBot.Feeds.Fetching;

/// <summary>How NewsBot fetches feeds and article pages from other people's servers.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Whole request, headers to last byte.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Establishing the TCP/TLS connection.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest decoded feed body (bytes after gzip/brotli).</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; init; } = 15L * 1024 * 1024;

    /// <summary>Largest decoded article page.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxArticleBytes { get; init; } = 5L * 1024 * 1024;

    /// <summary>Redirects followed, each hop checked again by the SSRF guard.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Requests in flight to one host at a time (politeness).</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>Least time between the starts of two requests to one host (politeness).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PerHostSpacing { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Requests in flight in total.</summary>
    [Range(1, 256)]
    public int GlobalConcurrency { get; init; } = 32;

    /// <summary>Descriptive User-Agent sent with every request.</summary>
    [Required]
    public string UserAgent { get; init; } = "NewsBot/1.0 (privacy incident alerts; feed reader; +https://github.com/newsbot-id)";

    /// <summary>Hosts that may resolve to private or loopback addresses (the demo and tests use 127.0.0.1). Everything else must be public.</summary>
    public List<string> AllowedPrivateHosts { get; init; } = [];

    /// <summary>Ports allowed for public hosts.</summary>
    public List<int> AllowedPorts { get; init; } = [80, 443];
}
