using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Telegram;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TokenRedactionTests
{
    private const string Canary = "CANARY";

    [Fact]
    public async Task CallAsync_WrongToken_ExceptionHasNoToken()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        const string otherToken = "987654321:CANARYrevokedTokenZyxwvutsrqponmlk";
        using var http = new HttpClient();
        var client = new TelegramBotClient(http, new TelegramBotClientOptions { Token = otherToken, BaseUrl = api.BaseUrl });

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.Equal(401, ex.ErrorCode);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_ConnectionRefused_RequestExceptionHasNoToken()
    {
        int closedPort = FreeLoopbackPort();
        using var http = new HttpClient();
        var client = new TelegramBotClient(http, new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = new Uri($"http://127.0.0.1:{closedPort}/") });

        var ex = await Assert.ThrowsAsync<TelegramRequestException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.False(ex.IsTimeout);
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_Timeout_RequestExceptionMarkedTimeoutWithoutToken()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        api.MaxPollWait = TimeSpan.FromSeconds(5);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var client = new TelegramBotClient(http, new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = api.BaseUrl });

        var ex = await Assert.ThrowsAsync<TelegramRequestException>(() => client.GetUpdatesAsync(null, null, TimeSpan.FromSeconds(5), null, CancellationToken.None));

        Assert.True(ex.IsTimeout);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTelegramBotClient_TraceLogging_NoTokenInAnyLogLine()
    {
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        var sink = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
        services.AddTelegramBotClient(_ => new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = api.BaseUrl });
        await using ServiceProvider provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TelegramBotClient>();

        await client.GetMeAsync(CancellationToken.None);
        await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new() { ChatId = 1, Text = "<b>" }, CancellationToken.None));

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
        services.AddSingleton(new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = api.BaseUrl });
        services.AddHttpClient<TelegramBotClient>();
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<TelegramBotClient>().GetMeAsync(CancellationToken.None);

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
    public void OptionsToString_Always_HidesToken()
    {
        var options = new TelegramBotClientOptions { Token = FakeBotApi.Token };

        Assert.DoesNotContain(Canary, options.ToString(), StringComparison.Ordinal);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
