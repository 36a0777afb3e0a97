using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery;
using Telegram.Bot;

namespace NewsBot.Chat.Telegram;

public static class TelegramSetup
{
    /// <summary>The IHttpClientFactory client behind Telegram.Bot.</summary>
    public const string HttpClientName = "telegram";

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

        // The factory's request logging prints the URL, and the URL path holds the token: no loggers on this client.
        builder.Services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((services, http) => http.Timeout = services.GetRequiredService<IOptions<TelegramOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        builder.Services.AddSingleton<ITelegramBotClient>(services => CreateClient(
            services.GetRequiredService<IOptions<TelegramOptions>>().Value,
            services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        builder.Services.AddSingleton<TelegramSendLimiter>();
        builder.Services.AddSingleton<TelegramIdentity>();
        builder.Services.AddSingleton<TelegramAdminCheck>();
        builder.Services.AddSingleton<TelegramPlatform>();
        builder.Services.AddSingleton<IChatPlatform>(services => services.GetRequiredService<TelegramPlatform>());
        builder.Services.AddSingleton<TelegramStartup>();
        builder.Services.AddSingleton<TelegramConnection>();
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

    /// <summary>
    /// Telegram.Bot on <paramref name="http"/> (whose timeout must exceed the poll timeout). Its own 429 retry
    /// is switched off: the outbox owns every send retry, so a flood wait becomes a RateLimited outcome that
    /// pauses the chat instead of a sleep inside a send.
    /// </summary>
    public static TelegramBotClient CreateClient(TelegramOptions options, HttpClient http)
    {
        string? baseUrl = options.ApiBaseUrl == TelegramOptions.DefaultApiBaseUrl ? null : options.ApiBaseUrl.AbsoluteUri;
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, baseUrl) { RetryThreshold = 0 }, http);
    }
}
