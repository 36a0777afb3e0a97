using Microsoft.Extensions.Logging;
using NewsBot.Chat.Telegram;
using Telegram.Bot;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>A fake Bot API plus the adapter pieces wired to it, with captured logs.</summary>
public sealed class TelegramTestContext : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ILoggerFactory _loggers;

    private TelegramTestContext(FakeBotApi api, TelegramOptions options, TimeProvider clock)
    {
        Api = api;
        Options = options;
        _http = new HttpClient { Timeout = options.RequestTimeout };
        Logs = new CapturingLoggerProvider();
        _loggers = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Client = TelegramSetup.CreateClient(options, _http);
        Limiter = new TelegramSendLimiter(Microsoft.Extensions.Options.Options.Create(options), clock);
        Platform = new TelegramPlatform(Client, Limiter, _loggers.CreateLogger<TelegramPlatform>());
        Admins = new TelegramAdminCheck(Client, Microsoft.Extensions.Options.Options.Create(options), clock, _loggers.CreateLogger<TelegramAdminCheck>());
    }

    public FakeBotApi Api { get; }

    public TelegramOptions Options { get; }

    public CapturingLoggerProvider Logs { get; }

    public TelegramBotClient Client { get; }

    public TelegramSendLimiter Limiter { get; }

    public TelegramPlatform Platform { get; }

    public TelegramAdminCheck Admins { get; }

    public ILogger<T> Logger<T>() => _loggers.CreateLogger<T>();

    public static async Task<TelegramTestContext> StartAsync(TelegramOptions? options = null, TimeProvider? clock = null)
    {
        FakeBotApi api = await FakeBotApi.StartAsync();
        options ??= new TelegramOptions();
        options = new TelegramOptions
        {
            BotToken = FakeBotApi.Token,
            ApiBaseUrl = api.BaseUrl,
            GlobalMessagesPerSecond = options.GlobalMessagesPerSecond,
            ChatInterval = options.ChatInterval,
            GroupMessagesPerMinute = options.GroupMessagesPerMinute,
            AdminCacheDuration = options.AdminCacheDuration,
            PollTimeout = options.PollTimeout,
            PollIdleDelay = options.PollIdleDelay,
            RequestTimeout = options.RequestTimeout,
            MaxBackoff = options.MaxBackoff,
        };
        return new TelegramTestContext(api, options, clock ?? TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _loggers.Dispose();
        await Api.DisposeAsync();
    }
}
