using System.ComponentModel.DataAnnotations;

namespace NewsBot.Feeds;

public sealed class FeedOptions
{
    public const string SectionName = "Feeds";

    /// <summary>Feeds to read. When empty, the built-in list (<see cref="DefaultFeeds"/>) is used.</summary>
    public List<FeedSource> Sources { get; init; } = [];

    /// <summary>How often the feed check runs and the normal interval between two fetches of one feed.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>On a feed's first fetch, items older than this are stored as seen without alerting.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan FirstFetchAlertWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Feeds checked at the same time: mostly waiting on servers, so well above the core count.</summary>
    [Range(1, 256)]
    public int Parallelism { get; init; } = 32;

    /// <summary>Articles about the same company and event within this window join one incident.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan IncidentWindow { get; init; } = TimeSpan.FromDays(14);

    /// <summary>A feed item whose text is shorter than this is a teaser: the article page is fetched for the full text.</summary>
    [Range(0, 100_000)]
    public int TeaserLength { get; init; } = 600;

    public IReadOnlyList<FeedSource> EffectiveSources => Sources.Count > 0 ? Sources : DefaultFeeds.All;
}

/// <summary>One configured feed.</summary>
public sealed record FeedSource
{
    [Required, Url]
    public string Url { get; init; } = "";

    /// <summary>Outlet name shown in alerts ("SINDOnews").</summary>
    [Required]
    public string Name { get; init; } = "";

    /// <summary>"id" or "en": a hint; the article text decides.</summary>
    public string Language { get; init; } = "id";
}
