using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramSetupTests
{
    [Fact]
    public void AddTelegram_NoToken_NothingTelegramRegistered()
    {
        using var data = new TempDirectory();
        using IHost host = NewsBotHost.Create([], new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.Path,
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
        });

        Assert.DoesNotContain(host.Services.GetServices<IChatPlatform>(), p => p.Name == TelegramPlatform.PlatformName);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace == typeof(TelegramPlatform).Namespace);
        Assert.Null(host.Services.GetService<global::Telegram.Bot.ITelegramBotClient>());
    }

    [Fact]
    public void AddTelegram_TokenWithoutBotId_FailsNamingTheSettingWithoutTheToken()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            using IHost host = NewsBotHost.Create([], new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = data.Path,
                ["Telegram:BotToken"] = "CANARYnoBotIdAbcdefghijklmnopqrstu",
                ["Discord:BotToken"] = "",
            });
            _ = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        });

        Assert.Contains(error.Failures, f => f.Contains("Telegram:BotToken", StringComparison.Ordinal));
        Assert.DoesNotContain("CANARY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canary_ErrorsAtTraceLevel_TokenNeverLogged()
    {
        await using TelegramBotHarness bot = await TelegramBotHarness.StartAsync(new()
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        });
        bot.Api.FailNextCall("getUpdates", FakeFailure.Unauthorized);
        bot.Api.FailNextCall("getUpdates", FakeFailure.ServerError);
        bot.Api.FailNext(61, FakeFailure.Unauthorized);
        long id = bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(61, 61, "/bantuan") });

        await bot.WaitUntilConfirmedAsync(id);

        Assert.Contains(bot.Logs.Lines, l => l.Contains("401", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("CANARY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebhookMode_Start_RegistersUrlSecretAndAllowedUpdatesAndDoesNotPoll()
    {
        await using TelegramBotHarness bot = await TelegramBotHarness.StartAsync(new()
        {
            ["Telegram:UseWebhook"] = "true",
            ["Telegram:WebhookUrl"] = "https://bot.example/telegram/webhook",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:WebhookSecret"] = "rahasia_42",
        });
        TelegramWebhookService webhook = bot.Services.GetServices<IHostedService>().OfType<TelegramWebhookService>().Single();
        await webhook.StartAsync(CancellationToken.None);
        try
        {
            FakeCall call = Assert.Single(await bot.WaitForCallsAsync("setWebhook", 1));

            Assert.Equal("https://bot.example/telegram/webhook", call.Body.GetProperty("url").GetString());
            Assert.Equal("rahasia_42", call.Body.GetProperty("secret_token").GetString());
            Assert.Equal(["message", "channel_post", "callback_query", "my_chat_member"], call.Body.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
            Assert.Empty(bot.Api.CallsTo("getUpdates"));
        }
        finally
        {
            await webhook.StopAsync(CancellationToken.None);
        }
    }

    private sealed class TempDirectory : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-tg-setup-");

        public string Path => _folder.FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
