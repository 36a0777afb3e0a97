using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class LlmSummarizerTests
{
    private const string ApiKey = "sk-test-secret-123";
    private const string GoodAnswer = "Data sekitar 1,2 juta pelanggan Toko Contoh diduga bocor dan dijual di forum peretas. Perusahaan menyatakan sedang menyelidiki klaim itu bersama BSSN.";

    [Fact]
    public async Task SummarizeAsync_GoodAnswer_ReturnsItAndSendsModelAndKey()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer(GoodAnswer));
        var (summarizer, _) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(GoodAnswer, summary);
        var (authorization, body) = Assert.Single(server.Requests);
        Assert.Equal("Bearer " + ApiKey, authorization);
        Assert.Contains("\"model\":\"test-model\"", body, StringComparison.Ordinal);
        Assert.Contains("bahasa Indonesia", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Dapatkan update berita", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_LabelledAnswer_ReturnsTheTextWithoutTheLabel()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer("Ringkasan:\n" + GoodAnswer));
        var (summarizer, _) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(GoodAnswer, summary);
    }

    [Fact]
    public async Task SummarizeAsync_EnglishAnswer_FallsBackToExtractive()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer(
            "About 1.2 million customer records of Toko Contoh were allegedly leaked and offered on a hacking forum. The company said it is investigating."));
        var (summarizer, logger) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(Extractive(), summary);
        Assert.Contains(logger.Lines, m => m.Contains("not Indonesian", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_InventedNumber_FallsBackToExtractive()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer(
            "Data sekitar 3,5 juta pelanggan Toko Contoh diduga bocor dan dijual di forum peretas. Perusahaan menyatakan sedang menyelidiki klaim itu."));
        var (summarizer, logger) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(Extractive(), summary);
        Assert.Contains(logger.Lines, m => m.Contains("number 35 not in the article", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_ServerSlowerThanTimeout_FallsBackToExtractive()
    {
        await using var server = await FakeLlmServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            await FakeLlmServer.Answer(GoodAnswer)(context);
        });
        var (summarizer, logger) = Create(server.BaseUrl, TimeSpan.FromMilliseconds(300));

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(Extractive(), summary);
        Assert.Contains(logger.Lines, m => m.Contains("timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_ServerError500_FallsBackAndNeverLogsTheKey()
    {
        await using var server = await FakeLlmServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsync("boom " + context.Request.Headers.Authorization);
        });
        var (summarizer, logger) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(Extractive(), summary);
        Assert.Contains(logger.Lines, m => m.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Lines, m => m.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_EmptyAnswer_FallsBackToExtractive()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer("   "));
        var (summarizer, _) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(SummaryRequests.Indonesian(), CancellationToken.None);

        Assert.Equal(Extractive(), summary);
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434", "http://127.0.0.1:11434/v1/chat/completions")]
    [InlineData("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1/chat/completions")]
    [InlineData("http://127.0.0.1:8080/llm/", "http://127.0.0.1:8080/llm/v1/chat/completions")]
    public void CompletionsUri_BaseUrl_PointsAtChatCompletions(string baseUrl, string expected)
    {
        var uri = LlmSummarizer.CompletionsUri(new Uri(baseUrl));

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Fact]
    public async Task SummarizeAsync_EnglishSourceGroundedAnswer_ReturnsTheIndonesianSummary()
    {
        const string answer = "Peretas mengklaim mencuri 1,2 juta data pelanggan Example Bank, termasuk nama dan nomor telepon. Bank itu menyatakan sedang menyelidiki klaim tersebut.";
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer(answer));
        var (summarizer, _) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(EnglishRequest(), CancellationToken.None);

        Assert.Equal(answer, summary);
        var (_, body) = Assert.Single(server.Requests);
        Assert.Contains("1.2 million customer records", body, StringComparison.Ordinal);
        Assert.Contains("bahasa Indonesia", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_EnglishSourceInventedNumber_FallsBackToFactsAndEnglishQuote()
    {
        await using var server = await FakeLlmServer.StartAsync(FakeLlmServer.Answer(
            "Peretas mengklaim mencuri 9 juta data pelanggan Example Bank. Bank itu menyatakan sedang menyelidiki klaim tersebut."));
        var (summarizer, logger) = Create(server.BaseUrl);

        var summary = await summarizer.SummarizeAsync(EnglishRequest(), CancellationToken.None);

        Assert.StartsWith("Media berbahasa Inggris melaporkan dugaan kebocoran data yang melibatkan Example Bank", summary, StringComparison.Ordinal);
        Assert.EndsWith("Kutipan (bahasa Inggris): \"Hackers claim to have stolen 1.2 million customer records from Example Bank, including names and phone numbers.\"", summary, StringComparison.Ordinal);
        Assert.Contains(logger.Lines, m => m.Contains("number 9", StringComparison.Ordinal));
    }

    private static SummaryRequest EnglishRequest() => new(
        "Example Bank investigates claimed theft of customer records",
        "Hackers claim to have stolen 1.2 million customer records from Example Bank, including names and phone numbers. The bank said it was investigating the claim.",
        "en",
        ["Example Bank"],
        ["stolen"],
        NewsBot.Analysis.IncidentType.DataLeak,
        new NewsBot.Analysis.IncidentFacts(1_200_000, ["nama", "nomor telepon"], null, NewsBot.Analysis.IncidentStatus.Alleged, null),
        null);

    private static (LlmSummarizer Summarizer, CapturingLoggerProvider Logger) Create(Uri baseUrl, TimeSpan? timeout = null)
    {
        var options = Options.Create(SummaryRequests.Options(baseUrl, timeout, ApiKey));
        var logger = new CapturingLoggerProvider();
        return (new LlmSummarizer(new HttpClient(), new ExtractiveSummarizer(options), options, logger.CreateLogger<LlmSummarizer>()), logger);
    }

    private static string Extractive()
        => new ExtractiveSummarizer(Options.Create(SummaryRequests.Options())).Summarize(SummaryRequests.Indonesian());
}
