using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;

namespace NewsBot.Chat.Discord;

public static class DiscordSetup
{
    /// <summary>
    /// Adds the Discord bot when <c>Discord:BotToken</c> is configured; without it nothing Discord-related is
    /// registered. <c>Discord:ApplicationId</c> is then required (checked at start-up).
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DiscordOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)]))
        {
            return builder;
        }

        var services = builder.Services;
        builder.AddValidatedOptions<DiscordOptions>(DiscordOptions.SectionName);
        builder.AddValidatedOptions<DiscordClientOptions>(DiscordOptions.SectionName);
        services.AddDiscordClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DiscordPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordPlatform>());
        services.AddSingleton<DiscordCommandRegistrar>();
        services.AddSingleton<DiscordGuildChannels>();
        services.AddSingleton<DiscordInteractionHandler>();
        services.AddSingleton<IDiscordGatewayHandler, DiscordGatewayEvents>();
        services.AddHostedService<DiscordBotService>();
        return builder;
    }
}
