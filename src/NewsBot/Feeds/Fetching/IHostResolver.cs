using System.Net;

namespace NewsBot.Feeds.Fetching;

/// <summary>DNS seam: the SSRF guard resolves through this, so tests can simulate public answers and rebinding.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
