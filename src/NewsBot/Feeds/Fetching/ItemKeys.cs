using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Identity of feed items for deduplication: the item id when it is unique within the fetch, else the
/// canonical link, else title + date. Hashed, so keys are short and uniform.
/// </summary>
public static class ItemKeys
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "yclid", "_openstat",
        "igshid", "srsltid", "_ga", "_gl", "twclid", "ttclid", "li_fat_id", "mkt_tok", "_hsenc", "_hsmi", "ref_src", "ref_url",
    };

    public static IReadOnlyList<(FeedItem Item, string Key)> Assign(IReadOnlyList<FeedItem> items)
    {
        // A feed that repeats or blanks its ids can't be trusted on ids alone (Miniflux, FreshRSS do the same).
        var idCounts = items.Where(i => !string.IsNullOrWhiteSpace(i.Id)).GroupBy(i => i.Id!.Trim()).ToDictionary(g => g.Key, g => g.Count());
        return [.. items.Select(item => (item, Hash(Identity(item, idCounts))))];
    }

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Lower-cased scheme and host, no fragment, no default port, tracking parameters (utm_*, fbclid, …) removed.</summary>
    public static string CanonicalUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }

        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]));
        var builder = new UriBuilder(uri) { Fragment = "", Query = string.Join('&', query), Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    private static string Identity(FeedItem item, Dictionary<string, int> idCounts)
    {
        if (item.Id is { } id && !string.IsNullOrWhiteSpace(id) && idCounts[id.Trim()] == 1)
        {
            return "id:" + id.Trim();
        }

        if (item.Link is { Length: > 0 } link)
        {
            return "url:" + CanonicalUrl(link);
        }

        return $"title:{item.Title}|{item.Published:O}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
