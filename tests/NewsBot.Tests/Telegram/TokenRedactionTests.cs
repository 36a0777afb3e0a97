using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Telegram.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// The token is in every request path (/bot&lt;token&gt;/method). These tests fail if Telegram.Bot's exceptions
/// (message, inner exceptions, ToString) or the IHttpClientFactory logs of NewsBot's client ever carry it.
/// </summary>
public sealed class TokenRedactionTests
{
    private const string Canary = "CANARY";

    [Fact]
    public async Task Library_WrongToken_ApiRequestExceptionHasNoToken()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        using var http = new HttpClient();
        TelegramBotClient client = Client(api.BaseUrl, http, "987654321:CANARYrevokedTokenZyxwvutsrqponmlk");

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetMe());

        Assert.Equal(401, ex.ErrorCode);
        AssertNoToken(ex);
    }

    [Fact]
    public async Task Library_ConnectionRefused_ExceptionChainHasNoToken()
    {
        using var http = new HttpClient();
        TelegramBotClient client = Client(new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/"), http);

        var ex = await Assert.ThrowsAsync<RequestException>(() => client.GetMe());

        Assert.IsType<HttpRequestException>(ex.InnerException);
        AssertNoToken(ex);
    }

    [Fact]
    public async Task Library_Timeout_ExceptionChainHasNoToken()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        api.MaxPollWait = TimeSpan.FromSeconds(30);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        TelegramBotClient client = Client(api.BaseUrl, http);

        var ex = await Assert.ThrowsAsync<RequestException>(() => client.GetUpdates(timeout: 30));

        Assert.IsType<TaskCanceledException>(ex.InnerException);
        AssertNoToken(ex);
    }

    [Fact]
    public async Task Library_NonEnvelopeAnswer_ExceptionChainHasNoToken()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.BadGateway, "<html>Bad Gateway</html>"));
        TelegramBotClient client = Client(new Uri("http://127.0.0.1:1/"), http);

        var ex = await Assert.ThrowsAsync<RequestException>(() => client.GetMe());

        Assert.Equal(HttpStatusCode.BadGateway, ex.HttpStatusCode);
        AssertNoToken(ex);
    }

    [Fact]
    public async Task AddTelegram_TraceLogging_NoTokenInAnyLogLine()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        var sink = new CapturingLoggerProvider();
        using var data = new TempFolder();
        using IHost host = NewsBotHost.Create([], Settings(api, data.Path), builder => builder.Logging.AddProvider(sink));
        ITelegramBotClient client = host.Services.GetRequiredService<ITelegramBotClient>();

        await client.GetMe();
        await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(1, "<b>", ParseMode.Html));

        Assert.NotEmpty(api.CallsTo("sendMessage"));
        Assert.DoesNotContain(sink.Lines, line => line.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefaultHttpClientLogging_Control_WouldLeakTheToken()
    {
        // Control for the test above: the factory's default logging writes the URL path, token included.
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        var sink = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient("plain");
        await using ServiceProvider provider = services.BuildServiceProvider();
        TelegramBotClient client = Client(api.BaseUrl, provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain"));

        await client.GetMe();

        Assert.Contains(sink.Lines, line => line.Contains(Canary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe failed")]
    [InlineData("token=5555555:abcdefghijklmnopqrstuvwxyz_-0123")]
    public void Redact_TokenShapedText_Replaced(string text)
    {
        string redacted = TokenRedactor.Redact(text);

        Assert.Contains(TokenRedactor.Placeholder, redacted, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{5,}:[A-Za-z0-9_-]{10,}", redacted);
    }

    [Fact]
    public void Describe_InnerExceptionWithToken_Redacted()
    {
        var ex = new RequestException("Bot API Service Failure", new HttpRequestException($"GET http://127.0.0.1/bot{FakeBotApi.Token}/getMe refused"));

        string described = TelegramErrors.Describe(ex);

        Assert.Contains("refused", described, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, described, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsToString_Always_HidesToken()
    {
        var options = new TelegramOptions { BotToken = FakeBotApi.Token };

        Assert.DoesNotContain(Canary, options.ToString(), StringComparison.Ordinal);
    }

    private static TelegramBotClient Client(Uri baseUrl, HttpClient http, string token = FakeBotApi.Token) =>
        TelegramSetup.CreateClient(new TelegramOptions { BotToken = token, ApiBaseUrl = baseUrl }, http);

    private static void AssertNoToken(Exception ex)
    {
        // ToString includes every inner exception's type, message and stack.
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, TelegramErrors.Describe(ex), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(FakeBotApi api, string dataDirectory) => new()
    {
        ["Storage:DataDirectory"] = dataDirectory,
        ["Telegram:BotToken"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl.AbsoluteUri,
        ["Discord:BotToken"] = "",
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
