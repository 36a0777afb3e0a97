using Microsoft.Extensions.Options;
using NewsBot.Companies;
using NewsBot.Feeds;
using NewsBot.Storage;

namespace NewsBot;

/// <summary>At start-up: apply migrations, then store the company catalogue and the configured feeds (the composition root, so Storage knows neither).</summary>
public sealed class StorageInitializer(Database database, CompanyStore companies, CompanyCatalog catalog, FeedStore feeds, IOptions<FeedOptions> feedOptions) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await companies.SyncAsync(catalog.All, cancellationToken);
        await feeds.SyncAsync(feedOptions.Value.EffectiveSources, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
