namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>One page of the extraction set: the HTML an outlet would serve and the body text a reader wants from it.</summary>
internal sealed record ExtractionPage(string Id, string Template, string Title, string Html, string Gold);
