using System.Data.Common;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace NewsBot.Storage;

/// <summary>
/// Opens connections and applies the versioned schema of the configured provider. Callers speak portable SQL
/// (<c>@name</c> parameters, <c>ON CONFLICT</c>, <c>RETURNING</c>, instants as Unix milliseconds) and ask
/// <see cref="Dialect"/> for the few differences.
/// </summary>
public sealed class Database
{
    private readonly StorageOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<Database> _logger;
    private readonly IStorageProvider _provider;

    public Database(IOptions<StorageOptions> options, TimeProvider clock, ILogger<Database> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _provider = _options.Provider == StorageProvider.Postgres ? new PostgresStorage(_options) : new SqliteStorage(_options);
    }

    public SqlDialect Dialect => _provider.Dialect;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => _provider.OpenAsync(cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_options.Provider == StorageProvider.Sqlite)
        {
            SqliteStorage.CreateFolder(_options);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var migrationLock = await _provider.LockForMigrationAsync(connection, cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken: cancellationToken);
        var applied = await connection.QueryAsync(
            "SELECT version FROM schema_migrations", reader => reader.GetInt64(0), cancellationToken: cancellationToken);

        foreach (var (version, name, sql) in LoadMigrations(Dialect))
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Checked again inside the transaction: on SQLite it holds the write lock (BEGIN IMMEDIATE), so two processes
            // starting on one file apply each migration once.
            if (await connection.ScalarAsync(
                    "SELECT 1 FROM schema_migrations WHERE version = @version", transaction, [("version", version)], cancellationToken) is not null)
            {
                continue;
            }

            await connection.ExecuteAsync(sql, transaction, cancellationToken: cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                transaction,
                [("version", version), ("name", name), ("now", _clock.GetUtcNow().ToUnixTimeMilliseconds())],
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _logger.LogInformation("Applied {Dialect} schema migration {Version} {Name}", Dialect.Name, version, name);
        }
    }

    /// <summary>True when the database answers and has every migration this build knows (the container health check).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var applied = await connection.ScalarAsync("SELECT MAX(version) FROM schema_migrations", cancellationToken: cancellationToken);
        return applied is not null && Convert.ToInt64(applied, System.Globalization.CultureInfo.InvariantCulture) >= LoadMigrations(Dialect).Max(m => m.Version);
    }

    /// <summary>The embedded migrations of <paramref name="dialect"/>, ordered by version.</summary>
    public static IEnumerable<(long Version, string Name, string Sql)> LoadMigrations(SqlDialect dialect)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"NewsBot.Storage.Migrations.{dialect.Name}.";
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
