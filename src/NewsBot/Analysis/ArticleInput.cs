namespace NewsBot.Analysis;

/// <summary>An article to analyse: the `newsbot analyze` input line and what the feed check builds from a feed item.</summary>
public sealed record ArticleInput(string Id, string? Title, string Text, string? Url = null, DateTimeOffset? Published = null, string? Source = null);
