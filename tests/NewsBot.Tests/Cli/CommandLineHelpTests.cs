using System.Text.Json;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Cli;

/// <summary>Help, version and bad analyze input: answers, never a surprise (no database, no bot, no crash).</summary>
public sealed class CommandLineHelpTests
{
    [Theory]
    [InlineData("--help", "Usage:")]
    [InlineData("-h", "Usage:")]
    [InlineData("help", "Usage:")]
    [InlineData("--version", "newsbot ")]
    public async Task Run_HelpOrVersion_PrintsAndExits0WithoutDatabase(string argument, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "newsbot-help-" + Guid.NewGuid().ToString("N"));

        var (code, output, _) = await NewsBotProcess.RunAsync([argument], environment: new Dictionary<string, string?> { ["NewsBot__Storage__DataDirectory"] = data });

        Assert.Equal(0, code);
        Assert.StartsWith(expected, output.TrimStart(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "help and version must not create the data directory");
    }

    [Fact]
    public async Task Analyze_LinesThatAreNotArticles_OneErrorEachAndGoesOn()
    {
        var good = JsonSerializer.Serialize(new { id = "ok", title = "Data Pengguna Tokopedia Bocor", text = "Data 91 juta pengguna Tokopedia diduga bocor dan dijual di forum peretas." });
        string[] bad = ["[1,2]", "42", "{\"id\": \"x\", \"text\": ", "{\"id\": \"d\", \"text\": \"teks\", \"published\": \"kemarin sore\"}", "{\"text\": \"tanpa id\"}"];

        var (code, output, error) = await NewsBotProcess.RunAsync(["analyze"], string.Join('\n', [.. bad, good]) + "\n");

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Contains("array", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("number", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("published", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.Contains("id", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", lines[5].GetProperty("id").GetString());
        Assert.True(lines[5].GetProperty("relevant").GetBoolean());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
