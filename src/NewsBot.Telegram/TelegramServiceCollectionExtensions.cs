using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TelegramBotClient"/> as a typed HttpClient. The factory's request logging is
    /// removed because it writes the request URL, and the URL path holds the token.
    /// </summary>
    public static IHttpClientBuilder AddTelegramBotClient(this IServiceCollection services, Func<IServiceProvider, TelegramBotClientOptions> options)
    {
        services.AddSingleton(options);
        return services
            .AddHttpClient<TelegramBotClient>((provider, http) => http.Timeout = provider.GetRequiredService<TelegramBotClientOptions>().RequestTimeout)
            .RemoveAllLoggers();
    }
}
