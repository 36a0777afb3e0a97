using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds;

public static class FeedFetchingSetup
{
    /// <summary>The shared feed/article HTTP pipeline: options "Fetching", SSRF-guarded handler, typed <see cref="FeedFetcher"/>.</summary>
    public static IHostApplicationBuilder AddFeedFetching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FetchOptions>()
            .BindConfiguration(FetchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        builder.Services.AddSingleton<FetchConcurrency>();
        builder.Services.AddHttpClient<FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services => FeedHttpHandler.Create(
                services.GetRequiredService<IOptions<FetchOptions>>().Value,
                services.GetRequiredService<IHostResolver>()));
        builder.Services.AddTransient<ArticlePageExtractor>();
        return builder;
    }
}
