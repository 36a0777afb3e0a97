namespace NewsBot.Feeds;

/// <summary>One entry of any feed format, normalised. Text fields are plain text (HTML reduced); dates null when absent or unparseable.</summary>
public sealed record FeedItem(
    string? Id,
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? Author,
    string? Summary,
    string? Content,
    IReadOnlyList<string> Categories,
    FeedEnclosure? Enclosure = null);

public sealed record FeedEnclosure(string Url, string? MediaType, long? Length);
