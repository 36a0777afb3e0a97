using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.History;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

public sealed class DatabaseCopyTests
{
    [PostgresFact]
    public async Task RunAsync_SqliteIntoEmptyPostgres_EveryRowCountedAndSearchable()
    {
        using var sqliteStore = new TestStore(StorageProvider.Sqlite);
        using var postgresStore = new TestStore(StorageProvider.Postgres);
        var sqlite = Open(sqliteStore);
        var postgres = Open(postgresStore);
        await sqlite.MigrateAsync(CancellationToken.None);
        await SeedAsync(sqlite);

        var counts = await new DatabaseCopy(sqlite, postgres).RunAsync(CancellationToken.None);

        Assert.Equal(DatabaseCopy.Tables, counts.Select(c => c.Table));
        Assert.All(counts, c => Assert.Equal(c.Source, c.Target));
        Assert.Equal(2, counts.Single(c => c.Table == "outbox").Target);
        var hits = await new ArticleSearch(postgres, TimeProvider.System).SearchAsync("kebocoran", 1, 5, CancellationToken.None);
        Assert.Equal("Kebocoran data Acme", Assert.Single(hits.Hits).Title);
        // New rows continue after the copied ids.
        await using var connection = await postgres.OpenAsync(CancellationToken.None);
        var chat = Convert.ToInt64(await connection.ScalarAsync("INSERT INTO chats (platform, external_id, kind, created_at) VALUES ('discord', 'new', 'Group', 0) RETURNING id"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, chat);
    }

    [PostgresFact]
    public async Task RunAsync_TargetNotEmpty_RefusesAndKeepsIt()
    {
        using var sqliteStore = new TestStore(StorageProvider.Sqlite);
        using var postgresStore = new TestStore(StorageProvider.Postgres);
        var sqlite = Open(sqliteStore);
        var postgres = Open(postgresStore);
        await sqlite.MigrateAsync(CancellationToken.None);
        await SeedAsync(sqlite);
        await new DatabaseCopy(sqlite, postgres).RunAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DatabaseCopy(sqlite, postgres).RunAsync(CancellationToken.None));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
    }

    private static Database Open(TestStore store) => new(Options.Create(store.Options), TimeProvider.System, NullLogger<Database>.Instance);

    private static async Task SeedAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            INSERT INTO companies (slug, name, updated_at) VALUES ('acme', 'Acme', 0);
            INSERT INTO company_aliases (company_slug, alias, kind) VALUES ('acme', 'Acme Corp', 'name');
            INSERT INTO feeds (url, name, created_at) VALUES ('https://example.com/feed', 'Contoh', 0);
            INSERT INTO seen_keys (feed_id, key_hash, first_seen_at) VALUES (1, 'k1', 0);
            INSERT INTO incidents (company_slug, type, status, title, summary, first_reported_at, updated_at, created_at)
                VALUES ('acme', 'DataLeak', 'Confirmed', 'Kebocoran data Acme', 's', 0, 0, 0);
            INSERT INTO incident_companies (incident_id, company_slug) VALUES (1, 'acme');
            INSERT INTO articles (feed_id, item_key_hash, url, title, outlet, first_seen_at, relevant, score, lead, incident_id)
                VALUES (1, 'k1', 'https://example.com/a', 'Kebocoran data Acme', 'Contoh', 0, 1, 0.75, 'Data pelanggan bocor.', 1);
            INSERT INTO chats (platform, external_id, kind, created_at, quiet_start) VALUES ('telegram', '-100', 'Group', 0, 1320);
            INSERT INTO chats (platform, external_id, kind, created_at) VALUES ('discord', '55', 'Private', 0);
            INSERT INTO subscriptions (chat_id, company_slug, created_at, types) VALUES (1, 'acme', 0, 'DataLeak');
            INSERT INTO subscriptions (chat_id, company_slug, created_at, excluded) VALUES (2, '*', 0, 0);
            INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
                VALUES (1, 1, 'incident:1', '{}', 'pending', 0, 0), (2, 1, 'incident:1', '{}', 'sent', 0, 0);
            INSERT INTO bot_state (key, value) VALUES ('telegram.update_offset', '42');
            """);
    }
}
