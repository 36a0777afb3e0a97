using System.Data.Common;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>
/// A PostgreSQL database shared by every instance. Tables live in the connection string's first
/// <c>Search Path</c> schema (created when missing), so a demo or a test can use a schema of its own.
/// </summary>
internal sealed class PostgresStorage(StorageOptions options) : IStorageProvider
{
    // pg_advisory_lock key for migrations: any fixed number no other application on the server uses ("NewsBot" in ASCII).
    private const long MigrationLockKey = 0x4E657773426F74;

    private readonly string _connectionString = options.ConnectionString!;

    public SqlDialect Dialect => SqlDialect.Postgres;

    /// <summary>The schema named first in the connection string's search path, if any.</summary>
    public static string? Schema(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).SearchPath?.Split(',')[0].Trim() is { Length: > 0 } schema ? schema : null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", parameters: [("key", MigrationLockKey)], cancellationToken: cancellationToken);
        if (Schema(_connectionString) is { } schema)
        {
            await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {Quote(schema)}", cancellationToken: cancellationToken);
        }

        return new AdvisoryLock(connection);
    }

    /// <summary>The connection string with <paramref name="schema"/> as its only search path: a private set of tables.</summary>
    public static string WithSchema(string connectionString, string schema) =>
        new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ToString();

    /// <summary>Drops the search-path schema of <paramref name="connectionString"/> and everything in it.</summary>
    public static async Task DropSchemaAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = Schema(connectionString) ?? throw new ArgumentException("The connection string names no schema.", nameof(connectionString));
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS {Quote(schema)} CASCADE", cancellationToken: cancellationToken);
    }

    /// <summary>A quoted identifier; the name comes from configuration, never from chat.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", parameters: [("key", MigrationLockKey)]);
    }
}
