using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Telegram;

namespace NewsBot.Chat.Telegram;

public static class TelegramSetup
{
    /// <summary>Registers the Telegram platform, only when <c>Telegram:BotToken</c> is set; otherwise nothing at all.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        if (!ChatSetup.HasToken(builder.Configuration, TelegramOptions.SectionName))
        {
            return builder;
        }

        builder.AddValidatedOptions<TelegramOptions>(TelegramOptions.SectionName)
            .Validate(o => o.RequestTimeout > o.PollTimeout, "Telegram:RequestTimeout must exceed Telegram:PollTimeout.")
            .Validate(
                o => !o.UseWebhook || (o.WebhookUrl is not null && o.WebhookListenUrl is not null && !string.IsNullOrEmpty(o.WebhookSecret)),
                "Telegram:UseWebhook needs Telegram:WebhookUrl, Telegram:WebhookListenUrl and Telegram:WebhookSecret.")
            .ValidateOnStart();
        builder.Services.AddTelegramBotClient(services =>
        {
            TelegramOptions options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new TelegramBotClientOptions { Token = options.BotToken, BaseUrl = options.ApiBaseUrl, RequestTimeout = options.RequestTimeout };
        });
        builder.Services.AddSingleton<TelegramSendLimiter>();
        builder.Services.AddSingleton<TelegramIdentity>();
        builder.Services.AddSingleton<TelegramAdminCheck>();
        builder.Services.AddSingleton<TelegramPlatform>();
        builder.Services.AddSingleton<IChatPlatform>(services => services.GetRequiredService<TelegramPlatform>());
        builder.Services.AddSingleton<TelegramStartup>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        if (builder.Configuration.GetValue<bool>($"{TelegramOptions.SectionName}:{nameof(TelegramOptions.UseWebhook)}"))
        {
            builder.Services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            builder.Services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }
}
