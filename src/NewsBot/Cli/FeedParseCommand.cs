using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot feed parse`: one JSON line per file or URL, problems in "error". Exit 0 when every input was read
/// (a malformed document read leniently is a result with an "error", not a failure), <see cref="SomeInputFailed"/>
/// when an input could not be read at all: a missing or unreadable file, a refused scheme, a failed fetch.
/// </summary>
public static class FeedParseCommand
{
    public const int SomeInputFailed = 3;

    private const int BlockSize = 64 * 1024;

    public static async Task<int> RunAsync(IReadOnlyList<string> sources, TextWriter output)
    {
        // The generic host (configuration, HTTP client, SSRF guard) is built only when a URL needs fetching:
        // parsing local files is the common offline use and should not pay its start-up cost.
        IHost? host = null;
        // Lines are written in blocks: one write per line would cost the corpus run a system call per file.
        using var lines = new LineWriter();
        var files = new LocalFileReader();
        try
        {
            var failed = false;
            foreach (var source in sources)
            {
                Input input;
                if (IsWebUrl(source, out var url))
                {
                    lines.WriteTo(output);
                    host ??= NewsBotHost.Create([], new Dictionary<string, string?> { ["Telegram:BotToken"] = "", ["Discord:BotToken"] = "" });
                    input = await FetchAsync(host.Services.GetRequiredService<FeedFetcher>(), url);
                }
                else
                {
                    input = ReadFile(files, source);
                }

                failed |= !input.Read;
                lines.Add(source, input.Feed);
                if (lines.Pending >= BlockSize)
                {
                    lines.WriteTo(output);
                }
            }

            lines.WriteTo(output);
            await output.FlushAsync();
            return failed ? SomeInputFailed : 0;
        }
        finally
        {
            host?.Dispose();
        }
    }

    private static bool IsWebUrl(string source, out Uri url) =>
        Uri.TryCreate(source, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    private static async Task<Input> FetchAsync(FeedFetcher fetcher, Uri url)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(url, null, CancellationToken.None);
            return fetched.Body is { } body
                ? new Input(FeedParser.Parse(body, fetched.FinalUrl ?? url, fetched.ContentType), Read: true)
                : Failed(fetched.Failure?.Message ?? "fetch failed");
        }
        catch (HttpRequestException ex)
        {
            return Failed(ex.Message);
        }
    }

    /// <summary>Read synchronously: local files are small, and an asynchronous read would hop threads for each one.</summary>
    private static Input ReadFile(LocalFileReader files, string source)
    {
        if (HasScheme(source))
        {
            return Failed($"Unsupported address '{source}': only http(s) URLs and local file paths are read.");
        }

        try
        {
            var path = Path.GetFullPath(source);
            return new Input(FeedParser.Parse(files.Read(path), new Uri(path), null), Read: true);
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

    private static Input Failed(string error) => new(new ParsedFeed("unknown", null, null, [], error), Read: false);

    /// <summary>
    /// Written by hand with <see cref="Utf8JsonWriter"/>: the reflection serializer costs more start-up CPU than parsing
    /// a feed. The lines are collected as UTF-8 and become text once per block.
    /// </summary>
    private sealed class LineWriter : IDisposable
    {
        private readonly MemoryStream _pending = new(BlockSize + 4096);
        private readonly Utf8JsonWriter _json;

        public LineWriter() => _json = new Utf8JsonWriter(_pending, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });

        public long Pending => _pending.Length;

        public void Add(string source, ParsedFeed parsed)
        {
            var json = _json;
            json.Reset();
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
            json.Flush();
            _pending.WriteByte((byte)'\n');
        }

        /// <summary>Writes the pending lines as one block of text.</summary>
        public void WriteTo(TextWriter output)
        {
            output.Write(Encoding.UTF8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length));
            _pending.SetLength(0);
        }

        public void Dispose() => _json.Dispose();
    }

    /// <summary>One input's result; <see cref="Read"/> is false when its bytes could not be obtained at all.</summary>
    private sealed record Input(ParsedFeed Feed, bool Read);
}
