using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// Where the generated corpus is cached between runs, by seed and size: a SQLite file under /tmp, or a schema of its
/// own in the given PostgreSQL database. A fill that did not finish is thrown away and done again.
/// </summary>
internal sealed class SearchDatabase
{
    private readonly StorageOptions _options;

    public SearchDatabase(string? postgres, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-search-bench");
        _options = postgres is null
            ? new StorageOptions { DataDirectory = folder, FileName = name + ".db" }
            : new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = Unlimited(PostgresStorage.WithSchema(postgres, "newsbot_search_" + name.Replace('-', '_'))) };
        Database = new Database(Options.Create(_options), TimeProvider.System, NullLogger<Database>.Instance);
    }

    public Database Database { get; }

    // Building the GIN index over a million articles takes minutes, far past the default command timeout.
    private static string Unlimited(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString();

    public bool IsPostgres => _options.Provider == StorageProvider.Postgres;

    public string Location => IsPostgres ? "schema " + PostgresStorage.Schema(_options.ConnectionString!) : SqlitePath;

    private string SqlitePath => Path.Combine(_options.DataDirectory, _options.FileName);

    public async Task<bool> IsCompleteAsync()
    {
        if (!IsPostgres)
        {
            return File.Exists(SqlitePath + ".complete");
        }

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ScalarAsync("SELECT to_regclass('bench_complete') IS NOT NULL") is true;
    }

    public async Task ResetAsync()
    {
        if (IsPostgres)
        {
            await PostgresStorage.DropSchemaAsync(_options.ConnectionString!, CancellationToken.None);
            return;
        }

        foreach (var stale in Directory.Exists(_options.DataDirectory) ? Directory.GetFiles(_options.DataDirectory, _options.FileName + "*") : [])
        {
            File.Delete(stale);
        }
    }

    public async Task MarkCompleteAsync(TimeSpan took)
    {
        if (!IsPostgres)
        {
            await File.WriteAllTextAsync(SqlitePath + ".complete", took.ToString());
            return;
        }

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"CREATE TABLE bench_complete AS SELECT {took.TotalSeconds:F0} AS seconds"));
    }

    /// <summary>Bytes on disk: the SQLite files, or every table of the schema with its indexes and TOAST.</summary>
    public async Task<long> SizeAsync()
    {
        if (!IsPostgres)
        {
            return Directory.GetFiles(_options.DataDirectory, _options.FileName + "*").Where(f => !f.EndsWith(".complete", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
        }

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return Convert.ToInt64(
            await connection.ScalarAsync(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"),
            CultureInfo.InvariantCulture);
    }
}
