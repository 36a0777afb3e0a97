using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Discord;
using NewsBot.Chat.Telegram;
using NewsBot.Discord;
using NewsBot.Discord.Rest;

namespace NewsBot.Tests.Delivery;

/// <summary>The production platforms, wired by hand to the loopback fake with test-sized timeouts and limits.</summary>
internal static class RealPlatforms
{
    public const string TelegramToken = "123456:delivery-tests-token";

    public static TelegramPlatform Telegram(FakeChatServer fake, HttpClient http, TelegramOptions? options = null)
    {
        options ??= Unlimited;
        var client = TelegramSetup.CreateClient(new TelegramOptions { BotToken = TelegramToken, ApiBaseUrl = fake.TelegramApiBaseUrl }, http);
        var limiter = new TelegramSendLimiter(Options.Create(options), TimeProvider.System);
        return new TelegramPlatform(client, limiter, NullLogger<TelegramPlatform>.Instance);
    }

    /// <summary>Limits far above what the tests send, so only the fake's scripted answers shape the run.</summary>
    public static TelegramOptions Unlimited { get; } = new()
    {
        BotToken = TelegramToken,
        GlobalMessagesPerSecond = 1000,
        ChatInterval = TimeSpan.Zero,
        GroupMessagesPerMinute = 1000,
        PollTimeout = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(1),
    };

    public static DiscordPlatform Discord(FakeChatServer fake, HttpClient http)
    {
        var options = Options.Create(new DiscordClientOptions
        {
            BotToken = "delivery-tests-discord-token",
            ApiBaseUrl = fake.DiscordApiBaseUrl,
            GlobalRequestsPerSecond = 1000,
        });
        var rest = new DiscordRestClient(
            http,
            options,
            new DiscordRateLimiter(options, TimeProvider.System),
            new InvalidRequestGuard(options, TimeProvider.System, NullLogger<InvalidRequestGuard>.Instance),
            NullLogger<DiscordRestClient>.Instance);
        return new DiscordPlatform(rest, NullLogger<DiscordPlatform>.Instance);
    }

    public static HttpClient Http(TimeSpan timeout) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = timeout };
}
