using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>Builds the real client DI graph pointed at a <see cref="FakeDiscord"/>, with a capturing log sink.</summary>
public static class DiscordClientFactory
{
    public static ServiceProvider Create(FakeDiscord fake, CapturingLoggerProvider logs, IDiscordGatewayHandler? handler = null, Func<DiscordClientOptions, DiscordClientOptions>? tweak = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var options = new DiscordClientOptions
        {
            BotToken = FakeDiscord.Token,
            ApiBaseUrl = fake.ApiBaseUrl,
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
            InvalidSessionDelay = TimeSpan.FromMilliseconds(20),
            HelloTimeout = TimeSpan.FromSeconds(5),
        };
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(tweak?.Invoke(options) ?? options));
        services.AddSingleton(handler ?? new RecordingGatewayHandler());
        services.AddDiscordClient();
        return services.BuildServiceProvider();
    }
}
