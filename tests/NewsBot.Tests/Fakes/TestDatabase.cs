using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>A migrated SQLite database in its own temporary folder, deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-test-");

    private TestDatabase(TimeProvider clock)
    {
        Options = new StorageOptions { DataDirectory = _folder.FullName };
        Database = new Database(Microsoft.Extensions.Options.Options.Create(Options), clock, NullLogger<Database>.Instance);
    }

    public StorageOptions Options { get; }

    public Database Database { get; }

    public static async Task<TestDatabase> CreateAsync(TimeProvider? clock = null)
    {
        var database = new TestDatabase(clock ?? TimeProvider.System);
        await database.Database.MigrateAsync(CancellationToken.None);
        return database;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
