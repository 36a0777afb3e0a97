using System.ServiceModel.Syndication;
using System.Xml;
using NewsBot.Feeds;

namespace NewsBot.Benchmarks.Feeds.Libraries;

/// <summary>What the comparison reads from every library: the feed's title and link, each item's title, link and date.</summary>
internal sealed record LibraryFeed(string? Title, string? Link, IReadOnlyList<LibraryItem> Items);

internal sealed record LibraryItem(string? Title, string? Link, DateTimeOffset? Published);

/// <summary>One feed reader under comparison. <see cref="Read"/> returns null when the library gave up on the document.</summary>
internal sealed record FeedLibrary(string Name, Func<byte[], LibraryFeed?> Read)
{
    public static IReadOnlyList<FeedLibrary> All { get; } =
    [
        new("newsbot (own parser)", ReadNewsBot),
        new("System.ServiceModel.Syndication 11.0.0", ReadSyndication),
        new("CodeHollow.FeedReader 2.1.1", ReadCodeHollow),
    ];

    private static LibraryFeed? ReadNewsBot(byte[] bytes)
    {
        var feed = FeedParser.Parse(bytes);
        // A lenient read past damage still counts as parsed; "unknown" means nothing feed-like was found.
        return feed.Format == "unknown" && feed.Items.Count == 0
            ? null
            : new LibraryFeed(feed.Title, feed.Link, [.. feed.Items.Select(i => new LibraryItem(i.Title, i.Link, i.Published))]);
    }

    private static LibraryFeed? ReadSyndication(byte[] bytes)
    {
        // The same hardening NewsBot applies: no DTD processing, no external resolution.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var feed = SyndicationFeed.Load(reader);
        return new LibraryFeed(
            feed.Title?.Text,
            feed.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString(),
            [.. feed.Items.Select(i => new LibraryItem(
                i.Title?.Text,
                i.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString(),
                i.PublishDate == default ? (i.LastUpdatedTime == default ? null : i.LastUpdatedTime) : i.PublishDate))]);
    }

    private static LibraryFeed? ReadCodeHollow(byte[] bytes)
    {
        var feed = CodeHollow.FeedReader.FeedReader.ReadFromByteArray(bytes);
        return new LibraryFeed(
            feed.Title,
            feed.Link,
            [.. feed.Items.Select(i => new LibraryItem(i.Title, i.Link, Instant(i.PublishingDate)))]);
    }

    // CodeHollow returns DateTime; one with no offset is read as UTC, the way the suites state their instants.
    private static DateTimeOffset? Instant(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
