using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

public static class DiscordClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the REST client (one HttpClient, no HttpClient request logging: URLs of interaction
    /// routes carry tokens), the rate limiter, the 401/403 guard and the Gateway client.
    /// Options (<see cref="DiscordClientOptions"/>) and an <see cref="IDiscordGatewayHandler"/> are the caller's.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(DiscordRestClient))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers();
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<InvalidRequestGuard>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(
            sp,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient))));
        services.TryAddSingleton<DiscordGatewayClient>();
        return services;
    }
}
