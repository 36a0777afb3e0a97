using NewsBot.Chat.Console;
using NewsBot.Chat.Discovery;
using NewsBot.Chat.History;
using NewsBot.Chat.Subscriptions;
using NewsBot.Chat.Tracking;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.History;

namespace NewsBot.Chat;

public static class ChatSetup
{
    public static IHostApplicationBuilder AddChat(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ChatOptions>(ChatOptions.SectionName);
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<CommandThrottle>();
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<CompanyDirectory>();
        builder.Services.AddSingleton<SubscriptionCommands>();
        builder.Services.AddSingleton<ScheduleCommands>();
        builder.Services.AddSingleton<DiscoveryCommands>();
        builder.Services.AddSingleton<TrackingCommands>();
        builder.Services.AddSingleton<CommandRouter>();
        builder.Services.AddSingleton<HistoryStore>();
        builder.Services.AddSingleton<ArticleSearch>();
        builder.Services.AddSingleton<HistoryCommands>();
        builder.Services.AddSingleton(_ => new ConsolePlatform(System.Console.Out));
        builder.Services.AddSingleton<ConsoleChat>();

        // Without a Telegram or Discord token the bot talks on the console, so anyone can see it work.
        if (!HasToken(builder.Configuration, "Telegram") && !HasToken(builder.Configuration, "Discord"))
        {
            builder.Services.AddSingleton<IChatPlatform>(services => services.GetRequiredService<ConsolePlatform>());
            builder.Services.AddHostedService(services => new ConsoleChatService(
                services.GetRequiredService<ConsoleChat>(), System.Console.In, services.GetRequiredService<ILogger<ConsoleChatService>>()));
        }

        return builder;
    }

    public static bool HasToken(IConfiguration configuration, string platform) =>
        !string.IsNullOrWhiteSpace(configuration[$"{platform}:BotToken"]);
}
