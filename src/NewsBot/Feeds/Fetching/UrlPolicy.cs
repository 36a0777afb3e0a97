namespace NewsBot.Feeds.Fetching;

/// <summary>Checks made on every URL before a request (first hop and each redirect); addresses are checked at connect time.</summary>
public static class UrlPolicy
{
    /// <summary>Null when the URL may be requested, else the reason it is refused.</summary>
    public static string? Check(Uri url, FetchOptions options)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return $"Refused: scheme '{(url.IsAbsoluteUri ? url.Scheme : "relative")}' is not http or https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "Refused: URLs with user information are not fetched.";
        }

        if (IsAllowedPrivateHost(url.IdnHost, options))
        {
            return null;
        }

        return url.Port is 80 or 443 || options.AllowedPorts.Contains(url.Port) ? null : $"Refused: port {url.Port} is not allowed.";
    }

    public static bool IsAllowedPrivateHost(string host, FetchOptions options)
    {
        var bare = host.Trim('[', ']');
        return options.AllowedPrivateHosts.Any(h => string.Equals(h.Trim('[', ']'), bare, StringComparison.OrdinalIgnoreCase));
    }
}
