using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;

namespace NewsBot.Benchmarks.DeliveryFanOut;

internal static class FanOutPlatforms
{
    private const string Token = "123456:fanout-benchmark";

    public static IChatPlatform Create(FanOutSettings settings, HttpClient http, Uri baseUrl) => settings.Platform switch
    {
        "bare" => new BareHttpPlatform(http, baseUrl, "telegram"),
        "null" => new NullPlatform("telegram"),
        "telegram" => Telegram(settings, http, baseUrl),
        _ => throw new ArgumentException($"Unknown platform '{settings.Platform}' (bare|null|telegram)."),
    };

    /// <summary>The production Telegram platform with its limiter at the configured global rate (default 30/s).</summary>
    private static TelegramPlatform Telegram(FanOutSettings settings, HttpClient http, Uri baseUrl)
    {
        var options = new TelegramOptions { BotToken = Token, ApiBaseUrl = baseUrl, GlobalMessagesPerSecond = settings.GlobalLimit ?? 30 };
        var client = TelegramSetup.CreateClient(options, http);
        return new TelegramPlatform(client, new TelegramSendLimiter(Options.Create(options), TimeProvider.System), NullLogger<TelegramPlatform>.Instance);
    }
}
