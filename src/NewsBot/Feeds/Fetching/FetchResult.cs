namespace NewsBot.Feeds.Fetching;

/// <summary>Validators from the previous successful fetch, for a conditional GET.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified);

/// <summary>Caching hints a server gave: Cache-Control max-age.</summary>
public sealed record FetchHints(TimeSpan? MaxAge)
{
    public static readonly FetchHints None = new((TimeSpan?)null);
}

/// <summary>Why a fetch failed. <see cref="RetryAfter"/> is set for 429/503 with Retry-After (a pause, not a failure).</summary>
public sealed record FetchFailure(int? StatusCode, string Message, TimeSpan? RetryAfter)
{
    public bool IsGone => StatusCode == 410;
}

/// <summary>
/// A fetch outcome: <see cref="NotModified"/> (304), a body, or a <see cref="Failure"/>.
/// </summary>
public sealed record FetchResult(
    bool NotModified,
    byte[]? Body,
    string? ContentType,
    Uri? FinalUrl,
    string? ETag,
    string? LastModified,
    FetchHints Hints,
    FetchFailure? Failure)
{
    /// <summary>
    /// Set when every redirect on the way was permanent (301/308): the feed has moved and its stored URL may be
    /// updated to this (already re-checked by the guard). Null when there was no redirect or any was temporary.
    /// </summary>
    public Uri? MovedPermanentlyTo { get; init; }

    public static FetchResult Failed(int? status, string message, TimeSpan? retryAfter = null) =>
        new(false, null, null, null, null, null, FetchHints.None, new FetchFailure(status, message, retryAfter));
}
