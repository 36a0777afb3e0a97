using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

/// <summary>
/// Where one test keeps its tables, for the provider the running test case chose (<see cref="StoreFactAttribute"/>):
/// a temporary folder for SQLite, a fresh schema on the test server for PostgreSQL. Removed on dispose.
/// </summary>
public sealed class TestStore : IDisposable
{
    private static readonly AsyncLocal<StorageProvider> CurrentProvider = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-test-");

    public TestStore()
        : this(CurrentProvider.Value)
    {
    }

    public TestStore(StorageProvider provider)
    {
        Provider = provider;
        Options = Provider == StorageProvider.Postgres
            ? new StorageOptions { Provider = Provider, ConnectionString = TestPostgres.CreateSchema(), DataDirectory = _folder.FullName }
            : new StorageOptions { DataDirectory = _folder.FullName };
    }

    /// <summary>The provider of the test case running on this async flow; SQLite outside a <see cref="StoreFactAttribute"/> test.</summary>
    public static StorageProvider Current
    {
        get => CurrentProvider.Value;
        set => CurrentProvider.Value = value;
    }

    public StorageProvider Provider { get; }

    public StorageOptions Options { get; }

    /// <summary>Points a host's configuration at this store.</summary>
    public void ApplyTo(IDictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = Provider.ToString();
        settings["Storage:ConnectionString"] = Options.ConnectionString;
        settings["Storage:DataDirectory"] = Options.DataDirectory;
    }

    public void Dispose()
    {
        if (Provider == StorageProvider.Postgres)
        {
            TestPostgres.DropSchema(Options.ConnectionString!);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
