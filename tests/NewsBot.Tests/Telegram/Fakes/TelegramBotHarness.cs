using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Chat.Telegram;
using NewsBot.Storage;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>
/// NewsBot's real host (router, stores, Telegram adapter) against the loopback fake Bot API, with only
/// the storage initializer and the Telegram polling service started. Can be restarted on the same database.
/// </summary>
public sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("newsbot-tg-bot-");
    private IHost? _host;
    private TelegramPollingService? _poller;

    private readonly Dictionary<string, string?> _extraSettings;

    private TelegramBotHarness(FakeBotApi api, Dictionary<string, string?> extraSettings)
    {
        Api = api;
        _extraSettings = extraSettings;
    }

    public FakeBotApi Api { get; }

    /// <summary>Every log line of the host, at every level.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _host!.Services;

    /// <param name="upstream">A Bot API (the npm emulator) the fake forwards every method but getChatMember to.</param>
    public static async Task<TelegramBotHarness> StartAsync(Dictionary<string, string?>? extraSettings = null, Uri? upstream = null)
    {
        FakeBotApi api = await FakeBotApi.StartAsync();
        api.Upstream = upstream;
        var harness = new TelegramBotHarness(api, extraSettings ?? []);
        await harness.StartBotAsync();
        return harness;
    }

    public async Task StartBotAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _data.FullName,
            ["Feeds:Sources:0:Name"] = "Lokal",
            ["Feeds:Sources:0:Url"] = "http://127.0.0.1:9/feed.xml",
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl.AbsoluteUri,
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Telegram:ChatInterval"] = "00:00:00",
            ["Telegram:MaxBackoff"] = "00:00:00.050",
            ["Discord:BotToken"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach ((string key, string? value) in _extraSettings)
        {
            settings[key] = value;
        }

        _host = NewsBotHost.Create([], settings, builder => builder.Logging.AddProvider(Logs));
        foreach (IHostedService initializer in _host.Services.GetServices<IHostedService>().OfType<StorageInitializer>())
        {
            await initializer.StartAsync(CancellationToken.None);
        }

        _poller = _host.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().SingleOrDefault();
        if (_poller is not null)
        {
            await _poller.StartAsync(CancellationToken.None);
        }
    }

    public async Task StopBotAsync()
    {
        if (_poller is not null)
        {
            await _poller.StopAsync(CancellationToken.None);
        }

        _host!.Dispose();
        _host = null;
    }

    /// <summary>Waits until the fake has received at least <paramref name="count"/> calls of <paramref name="method"/> (optionally to one chat).</summary>
    public async Task<List<FakeCall>> WaitForCallsAsync(string method, int count, long? chatId = null, double seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        List<FakeCall> calls = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            calls = [.. Api.CallsTo(method).Where(c => chatId is null || c.ChatId == chatId)];
            if (calls.Count >= count)
            {
                break;
            }

            await Task.Delay(50);
        }

        return calls;
    }

    /// <summary>Waits until every queued update has been confirmed by a later getUpdates offset.</summary>
    public async Task WaitUntilConfirmedAsync(long updateId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            string? stored = await Services.GetRequiredService<BotStateStore>().GetAsync(TelegramPollingService.OffsetKey, CancellationToken.None);
            if (stored is not null && long.Parse(stored, System.Globalization.CultureInfo.InvariantCulture) > updateId)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"update {updateId} was not confirmed");
    }

    /// <summary>Waits until the poller has asked for updates from <paramref name="offset"/> on.</summary>
    public async Task WaitForPollFromAsync(long offset)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Api.CallsTo("getUpdates").Any(c => c.Body.TryGetProperty("offset", out JsonElement o) && o.GetInt64() >= offset))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no getUpdates from offset {offset}");
    }

    public static string Text(FakeCall call) => call.Body.GetProperty("text").GetString()!;

    public static bool HasProperty(FakeCall call, string name) => call.Body.ValueKind == JsonValueKind.Object && call.Body.TryGetProperty(name, out _);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await StopBotAsync();
        }

        await Api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
