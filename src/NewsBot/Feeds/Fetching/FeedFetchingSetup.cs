using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;

namespace NewsBot.Feeds.Fetching;

public static class FeedFetchingSetup
{
    public static IHostApplicationBuilder AddFeedFetching(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<FetchOptions>(FetchOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ResolveHost>(Dns.GetHostAddressesAsync);
        builder.Services.AddHttpClient(FeedFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services => GuardedConnection.CreateHandler(
                services.GetRequiredService<IOptions<FetchOptions>>().Value, services.GetRequiredService<ResolveHost>()));
        builder.Services.AddSingleton<FeedFetcher>();
        builder.Services.AddSingleton<ArticlePageExtractor>();
        return builder;
    }
}
