namespace NewsBot.Feeds.Fetching;

/// <summary>Conditional-GET validators from the last successful response; store both, send both.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified);
