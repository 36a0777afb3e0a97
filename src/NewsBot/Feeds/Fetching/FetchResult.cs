namespace NewsBot.Feeds.Fetching;

/// <summary>
/// The outcome of one fetch. <see cref="FinalUrl"/> is the last hop (use it as the parser's base URL);
/// <see cref="MovedPermanently"/> is true when every redirect was 301/308, so the stored URL may be updated.
/// </summary>
public sealed record FetchResult(FetchStatus Status, Uri FinalUrl)
{
    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Validators to store (the new ones on 200; the previous ones echoed on 304).</summary>
    public FetchValidators? Validators { get; init; }

    /// <summary>Cache-Control max-age (ignored when Expires is 0 or no-store/no-cache is sent).</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Retry-After on 429/503, as a delay from now.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public int? HttpStatus { get; init; }

    public FetchFailure Failure { get; init; }

    public string? Error { get; init; }

    public bool MovedPermanently { get; init; }

    public static FetchResult Failed(Uri url, FetchFailure failure, string error, int? httpStatus = null) =>
        new(FetchStatus.Failed, url) { Failure = failure, Error = error, HttpStatus = httpStatus };
}
