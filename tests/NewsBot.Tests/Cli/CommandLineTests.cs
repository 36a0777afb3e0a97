using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Cli;

/// <summary>The `newsbot` contract, run as a real child process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Run_BadIntervalValue_StopsWithOneLineNamingTheSetting()
    {
        var (code, output, error) = await NewsBotProcess.RunAsync(["run", "--Feeds:Interval=abc"]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Feeds:Interval", line);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Run_IntervalOutOfRange_StopsWithOneLineNamingTheSetting()
    {
        var (code, _, error) = await NewsBotProcess.RunAsync(["run", "--Feeds:Interval=3.00:00:00"]);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Feeds:Interval", line);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("feed")]
    [InlineData("analyze", "--summary-sentences", "many")]
    public async Task Main_UnknownVerbOrBadArguments_PrintsUsageAndExits2(params string[] args)
    {
        var (code, _, error) = await NewsBotProcess.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error);
    }

    [Fact]
    public async Task Demo_ProcessWithCommands_PrintsAlertAndHistoryAndExits0()
    {
        var (code, output, _) = await NewsBotProcess.RunAsync(["demo"], "/ikuti xiaomi\n/insiden xiaomi\n");

        Assert.Equal(0, code);
        Assert.Contains("🔔 Xiaomi — Pengumpulan/penyalahgunaan data", output);
        Assert.Contains("Insiden privasi Xiaomi:", output);
    }

    [Fact]
    public async Task FeedParse_SampleAndMissingFile_OneJsonLineEachAndExit3()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "sindonews-tekno.xml");

        var (code, output, _) = await NewsBotProcess.RunAsync(["feed", "parse", sample, "/nonexistent/feed.xml"]);

        Assert.Equal(3, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.Equal("rss", first.RootElement.GetProperty("format").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.RootElement.GetProperty("error").ValueKind);
        Assert.Equal("2020-05-02T06:43:00Z", first.RootElement.GetProperty("items")[0].GetProperty("published").GetString());
        using var second = System.Text.Json.JsonDocument.Parse(lines[1]);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, second.RootElement.GetProperty("error").ValueKind);
    }

    [SharedDataFact("seeds")]
    public async Task Analyze_SeedLine_ReportsXiaomiSubjectAndBadLineError()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(SharedFolder.Locate("seeds"), "000_9656b4742386065a.txt"));
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "seed1", title = seed.Split('\n')[0], text = seed });

        var (code, output, _) = await NewsBotProcess.RunAsync(["analyze", "--summary-sentences", "2"], line + "\nnot json\n");

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var result = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.True(result.RootElement.GetProperty("relevant").GetBoolean());
        Assert.Equal("id", result.RootElement.GetProperty("language").GetString());
        Assert.Contains(result.RootElement.GetProperty("companies").EnumerateArray(), c => c.GetProperty("name").GetString() == "Xiaomi" && c.GetProperty("salience").GetString() == "subject");
        Assert.Contains("error", lines[1]);
    }

    [Fact]
    public async Task Analyze_Group_SameLeakFromTwoOutletsSharesAnIncident()
    {
        string[] lines =
        [
            System.Text.Json.JsonSerializer.Serialize(new { id = "a", title = "Data 91 Juta Akun Tokopedia Diduga Bocor di Forum Peretas", text = "Jakarta - Data sekitar 91 juta akun pengguna Tokopedia diduga bocor dan dijual di forum peretas. Data itu berisi nama, email dan nomor telepon pengguna.", published = "2020-05-02T08:00:00Z" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "b", title = "91 Juta Data Pengguna Tokopedia Dijual di Forum Peretas", text = "Jakarta - Sebanyak 91 juta data akun pengguna Tokopedia diduga bocor dan dijual di sebuah forum peretas. Data berisi nama, email, dan nomor telepon.", published = "2020-05-03T08:00:00Z" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "c", title = "Penjualan Laptop Meningkat", text = "Penjualan laptop meningkat menjelang tahun ajaran baru di Jakarta." }),
        ];

        var (grouped, plainOutput) = (await NewsBotProcess.RunAsync(["analyze", "--group"], string.Join('\n', lines) + "\n"), await NewsBotProcess.RunAsync(["analyze"], lines[0] + "\n"));

        Assert.Equal(0, grouped.ExitCode);
        var incidents = grouped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("incident"))
            .Select(e => e.ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : e.GetInt32())
            .ToList();
        Assert.Equal([1, 1, null], incidents);
        Assert.DoesNotContain("\"incident\"", plainOutput.Output, StringComparison.Ordinal);
    }
}
