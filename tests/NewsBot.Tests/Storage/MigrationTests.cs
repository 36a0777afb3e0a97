using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void LoadMigrations_BothProviders_SameVersions()
    {
        // A migration added to one folder needs its twin in the other, or the providers' schemas drift apart.
        var sqlite = Database.LoadMigrations(SqlDialect.Sqlite).Select(m => m.Version).ToList();
        var postgres = Database.LoadMigrations(SqlDialect.Postgres).Select(m => m.Version).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }

    [StoreFact]
    public async Task MigrateAsync_SeveralInstancesStartingTogether_AppliesEachMigrationOnce()
    {
        using var store = new TestStore();
        var instances = Enumerable.Range(0, 4)
            .Select(_ => new Database(Options.Create(store.Options), TimeProvider.System, NullLogger<Database>.Instance))
            .ToList();

        await Task.WhenAll(instances.Select(db => Task.Run(() => db.MigrateAsync(CancellationToken.None))));

        await using var connection = await instances[0].OpenAsync(CancellationToken.None);
        var applied = await connection.QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt64(0));
        Assert.Equal(Database.LoadMigrations(instances[0].Dialect).Select(m => m.Version), applied);
    }

    [StoreFact]
    public async Task MigrateAsync_AlreadyMigrated_ChangesNothing()
    {
        using var store = new TestStore();
        var database = new Database(Options.Create(store.Options), TimeProvider.System, NullLogger<Database>.Instance);
        await database.MigrateAsync(CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO bot_state (key, value) VALUES ('k', 'v')");
        }

        await database.MigrateAsync(CancellationToken.None);

        Assert.Equal("v", await new BotStateStore(database).GetAsync("k", CancellationToken.None));
    }
}
