using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot feed parse`: one JSON line per file or URL, problems in "error". Exit 0 when every input parsed
/// cleanly, <see cref="SomeInputFailed"/> when any had an error (the others are still printed).
/// </summary>
public static class FeedParseCommand
{
    public const int SomeInputFailed = 3;

    public static async Task<int> RunAsync(IReadOnlyList<string> sources, TextWriter output)
    {
        // The generic host (configuration, HTTP client, SSRF guard) is built only when a URL needs fetching:
        // parsing local files is the common offline use and should not pay its start-up cost.
        IHost? host = null;
        try
        {
            var failed = false;
            foreach (var source in sources)
            {
                ParsedFeed parsed;
                if (IsWebUrl(source, out var url))
                {
                    host ??= NewsBotHost.Create([], new Dictionary<string, string?> { ["Telegram:BotToken"] = "", ["Discord:BotToken"] = "" });
                    parsed = await FetchAsync(host.Services.GetRequiredService<FeedFetcher>(), url);
                }
                else
                {
                    parsed = await ReadFileAsync(source);
                }

                failed |= parsed.Error is not null;
                await output.WriteLineAsync(Line(source, parsed));
            }

            return failed ? SomeInputFailed : 0;
        }
        finally
        {
            host?.Dispose();
        }
    }

    private static bool IsWebUrl(string source, out Uri url) =>
        Uri.TryCreate(source, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    private static async Task<ParsedFeed> FetchAsync(FeedFetcher fetcher, Uri url)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(url, null, CancellationToken.None);
            return fetched.Body is { } body
                ? FeedParser.Parse(body, fetched.FinalUrl ?? url, fetched.ContentType)
                : Failed(fetched.Failure?.Message ?? "fetch failed");
        }
        catch (HttpRequestException ex)
        {
            return Failed(ex.Message);
        }
    }

    private static async Task<ParsedFeed> ReadFileAsync(string source)
    {
        if (HasScheme(source))
        {
            return Failed($"Unsupported address '{source}': only http(s) URLs and local file paths are read.");
        }

        try
        {
            var path = Path.GetFullPath(source);
            return FeedParser.Parse(await File.ReadAllBytesAsync(path), new Uri(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(ex.Message);
        }
    }

    /// <summary>"file:", "ftp:", "data:", "gopher:" … — any scheme-like prefix; a Windows drive letter ("C:") is a path.</summary>
    private static bool HasScheme(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || !char.IsAsciiLetter(source[0]))
        {
            return false;
        }

        foreach (var c in source.AsSpan(0, colon))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedFeed Failed(string error) => new("unknown", null, null, [], error);

    /// <summary>Written by hand with <see cref="Utf8JsonWriter"/>: the reflection serializer costs more start-up CPU than parsing a feed.</summary>
    private static string Line(string source, ParsedFeed parsed)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CliJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("format", parsed.Format);
            json.WriteString("title", parsed.Title);
            json.WriteString("link", parsed.Link);
            json.WriteStartArray("items");
            foreach (var item in parsed.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("title", item.Title);
                json.WriteString("link", item.Link);
                json.WriteString("published", CliJson.Instant(item.Published));
                json.WriteString("updated", CliJson.Instant(item.Updated));
                json.WriteString("author", item.Author);
                json.WriteString("summary", item.Summary);
                json.WriteString("content", item.Content);
                json.WriteStartArray("categories");
                foreach (var category in item.Categories)
                {
                    json.WriteStringValue(category);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("error", parsed.Error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
