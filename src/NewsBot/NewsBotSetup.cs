using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Chat.Telegram;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Observability;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot;

/// <summary>The table of contents: one line per feature, in pipeline order.</summary>
public static class NewsBotSetup
{
    public static IHostApplicationBuilder AddNewsBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();

        // Registered first so the schema and catalogues are ready before any other hosted service starts.
        builder.Services.AddHostedService<StorageInitializer>();
        builder.AddCompanies();
        builder.AddAnalysis();
        builder.AddSummaries();
        builder.AddFeedFetching();
        builder.AddFeeds();
        builder.AddChat();
        builder.AddTelegram();
        builder.AddDiscord();
        builder.AddDelivery();
        builder.AddObservability();
        return builder;
    }
}
