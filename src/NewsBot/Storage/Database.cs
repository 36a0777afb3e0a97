using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace NewsBot.Storage;

/// <summary>
/// Opens connections and applies the versioned schema. Callers speak portable SQL
/// (<c>@name</c> parameters, <c>ON CONFLICT</c>, <c>RETURNING</c>, instants as Unix milliseconds),
/// so a PostgreSQL dialect only needs its own connection and migration folder here.
/// </summary>
public sealed class Database(IOptions<StorageOptions> options, TimeProvider clock, ILogger<Database> logger)
{
    private const string Dialect = "sqlite";
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.DatabasePath,
        Pooling = true,
    }.ToString();

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

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.Value.DatabasePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)",
            cancellationToken: cancellationToken);
        var applied = await connection.QueryAsync(
            "SELECT version FROM schema_migrations", reader => reader.GetInt64(0), cancellationToken: cancellationToken);

        foreach (var (version, name, sql) in LoadMigrations())
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(sql, transaction, cancellationToken: cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                transaction,
                [("version", version), ("name", name), ("now", clock.GetUtcNow().ToUnixTimeMilliseconds())],
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version} {Name}", version, name);
        }
    }

    private static IEnumerable<(long Version, string Name, string Sql)> LoadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"NewsBot.Storage.Migrations.{Dialect}.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..^".sql".Length];
            // Resource names of files starting with a digit get a leading underscore.
            var version = long.Parse(name.TrimStart('_').Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
