using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Cli;

/// <summary>`newsbot feed parse`: one JSON line per file or URL; problems go into "error", not the exit code.</summary>
public static class FeedParseCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> sources, TextWriter output)
    {
        using var host = NewsBotHost.Create([], new Dictionary<string, string?> { ["Telegram:BotToken"] = "", ["Discord:BotToken"] = "" });
        var fetcher = host.Services.GetRequiredService<FeedFetcher>();
        foreach (var source in sources)
        {
            var parsed = await ReadAsync(fetcher, source);
            await output.WriteLineAsync(CliJson.Line(new
            {
                source,
                format = parsed.Format,
                title = parsed.Title,
                link = parsed.Link,
                items = parsed.Items.Select(item => new
                {
                    id = item.Id,
                    title = item.Title,
                    link = item.Link,
                    published = CliJson.Instant(item.Published),
                    updated = CliJson.Instant(item.Updated),
                    author = item.Author,
                    summary = item.Summary,
                    content = item.Content,
                    categories = item.Categories,
                }),
                error = parsed.Error,
            }));
        }

        return 0;
    }

    private static async Task<ParsedFeed> ReadAsync(FeedFetcher fetcher, string source)
    {
        try
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                var fetched = await fetcher.FetchAsync(url, null, CancellationToken.None);
                return fetched.Body is { } body
                    ? FeedParser.Parse(body, fetched.FinalUrl ?? url, fetched.ContentType)
                    : new ParsedFeed("unknown", null, null, [], fetched.Failure?.Message ?? "fetch failed");
            }

            var path = Path.GetFullPath(source);
            return FeedParser.Parse(await File.ReadAllBytesAsync(path), new Uri(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HttpRequestException or ArgumentException)
        {
            return new ParsedFeed("unknown", null, null, [], ex.Message);
        }
    }
}
