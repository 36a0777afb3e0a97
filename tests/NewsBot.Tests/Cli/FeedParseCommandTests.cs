using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

public sealed class FeedParseCommandTests
{
    private static async Task<(int Code, List<JsonElement> Lines)> RunAsync(params string[] sources)
    {
        var output = new StringWriter();
        var code = await FeedParseCommand.RunAsync(sources, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        return (code, lines);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("gopher://example.com/1")]
    [InlineData("data:application/rss+xml,<rss/>")]
    [InlineData("javascript:alert(1)")]
    public async Task RunAsync_NonHttpScheme_RefusedWithClearErrorAndExit3(string source)
    {
        var (code, lines) = await RunAsync(source);

        Assert.Equal(FeedParseCommand.SomeInputFailed, code);
        var line = Assert.Single(lines);
        Assert.Equal(source, line.GetProperty("source").GetString());
        Assert.Contains("only http(s) URLs and local file paths", line.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(line.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task RunAsync_AllInputsClean_Exit0()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "sindonews-tekno.xml");

        var (code, lines) = await RunAsync(sample, sample);

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Null, line.GetProperty("error").ValueKind));
    }

    [Fact]
    public async Task RunAsync_OneBadInputAmongGood_ContinuesAndExit3()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "sindonews-tekno.xml");

        var (code, lines) = await RunAsync("ftp://x/y", sample, "/nonexistent/feed.xml");

        Assert.Equal(FeedParseCommand.SomeInputFailed, code);
        Assert.Equal(3, lines.Count);
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("error").ValueKind);
        Assert.NotEmpty(lines[1].GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.String, lines[2].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task RunAsync_MalformedDocumentRead_ErrorInLineButExit0()
    {
        var damaged = Path.Combine(Path.GetTempPath(), $"newsbot-damaged-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(damaged, "<rss><channel><title>T</title><item><title>Tom & Jerry</title><link>https://x.test/1</link></item><item><title>Cut sh");
        try
        {
            var (code, lines) = await RunAsync(damaged);

            // The file was read: what could be recovered is printed, the damage is named, and that is no failure.
            Assert.Equal(0, code);
            var line = Assert.Single(lines);
            Assert.Equal(JsonValueKind.String, line.GetProperty("error").ValueKind);
            Assert.Equal("Tom & Jerry", line.GetProperty("items")[0].GetProperty("title").GetString());
        }
        finally
        {
            File.Delete(damaged);
        }
    }

    [Fact]
    public async Task RunAsync_JsonLine_KeepsContractKeysInOrder()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "sindonews-tekno.xml");

        var (_, lines) = await RunAsync(sample);

        Assert.Equal(["source", "format", "title", "link", "items", "error"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["id", "title", "link", "published", "updated", "author", "summary", "content", "categories"],
            lines[0].GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }
}
