namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>
/// One page of the extraction set: the HTML an outlet would serve, the body text a reader wants from it, and the word
/// F1 below which the chosen extractor fails (measured minus a margin, see TestData/extraction/README.md).
/// </summary>
internal sealed record ExtractionPage(string Id, string Template, string Title, string Html, string Gold, double Floor);
