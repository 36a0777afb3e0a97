namespace NewsBot.Feeds.Fetching;

public enum FetchFailure
{
    None,
    HttpStatus,
    Timeout,
    TooLarge,
    TooManyRedirects,

    /// <summary>The URL or an address it resolved to was refused (scheme, userinfo, port, non-public address).</summary>
    Refused,
    Network,
}
