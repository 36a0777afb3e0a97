using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage;

/// <summary>One database file: the embedded default. One process writes it, so the migration lock is the file's own.</summary>
internal sealed class SqliteStorage(StorageOptions options) : IStorageProvider
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.DatabasePath,
        Pooling = true,
    }.ToString();

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // WAL + NORMAL: a committed transaction survives a killed process (sqlite.org/pragma.html#pragma_synchronous).
        await connection.ExecuteAsync(
            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
            cancellationToken: cancellationToken);
        return connection;
    }

    public async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken);
        return NoLock.Instance;
    }

    public static void CreateFolder(StorageOptions options) => Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
