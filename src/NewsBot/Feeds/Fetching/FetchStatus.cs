namespace NewsBot.Feeds.Fetching;

public enum FetchStatus
{
    /// <summary>200: body, validators and hints present.</summary>
    Ok,

    /// <summary>304: nothing changed; keep the stored validators.</summary>
    NotModified,

    /// <summary>429, or 503 with Retry-After: wait, but this is not a failure.</summary>
    RateLimited,

    /// <summary>410: disable the feed at once.</summary>
    Gone,

    /// <summary>Anything else that went wrong; see <see cref="FetchResult.Failure"/>.</summary>
    Failed,
}
