using System.Net.Http.Headers;

namespace NewsBot.Feeds.Fetching;

/// <summary>Reads scheduling hints from response headers.</summary>
internal static class ResponseHints
{
    public static TimeSpan? MaxAge(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        if (cache is null || cache.NoStore || cache.NoCache)
        {
            return null;
        }

        // Servers that send "Expires: 0" mean "do not cache"; their max-age is not trustworthy either.
        if (response.Content.Headers.TryGetValues("Expires", out var expires) && expires.Any(e => e.Trim() == "0"))
        {
            return null;
        }

        return cache.MaxAge;
    }

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
