using System.ComponentModel.DataAnnotations;

namespace NewsBot.Feeds.Fetching;

/// <summary>Limits and identity of the shared feed/article HTTP pipeline (section "Fetching").</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Whole request, redirects included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Decoded (after gzip/deflate/brotli) feed body cap.</summary>
    [Range(1, 1L << 30)]
    public long MaxBodyBytes { get; init; } = 15L * 1024 * 1024;

    /// <summary>Decoded article page cap.</summary>
    [Range(1, 1L << 30)]
    public long MaxArticleBytes { get; init; } = 5L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; init; } = 5;

    [Range(1, 64)]
    public int PerHostConcurrency { get; init; } = 2;

    [Range(1, 512)]
    public int GlobalConcurrency { get; init; } = 8;

    [Required]
    [MinLength(3)]
    public string UserAgent { get; init; } = "NewsBot/1.0 (Indonesian privacy-incident news monitor; feed reader)";

    /// <summary>Host names (exactly as written in URLs, e.g. "127.0.0.1") allowed to resolve to non-public addresses, on any port.</summary>
    public IReadOnlyList<string> AllowedPrivateHosts { get; init; } = [];

    /// <summary>Ports allowed besides 80 and 443 for public hosts.</summary>
    public IReadOnlyList<int> AllowedPorts { get; init; } = [8080, 8443];
}
