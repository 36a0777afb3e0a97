using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>A migrated database of the running test case's provider (<see cref="TestStore"/>), removed on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TestStore _store = new();

    private TestDatabase(TimeProvider clock) =>
        Database = new Database(Microsoft.Extensions.Options.Options.Create(Options), clock, NullLogger<Database>.Instance);

    public StorageOptions Options => _store.Options;

    public Database Database { get; }

    public static async Task<TestDatabase> CreateAsync(TimeProvider? clock = null)
    {
        var database = new TestDatabase(clock ?? TimeProvider.System);
        await database.Database.MigrateAsync(CancellationToken.None);
        return database;
    }

    public void Dispose() => _store.Dispose();
}
