using System.Data.Common;
using System.Globalization;

namespace NewsBot.Storage;

/// <summary>
/// Moves an existing SQLite database into an empty PostgreSQL one (<c>newsbot db copy --to postgres</c>): both are
/// migrated to the same version first, every table is copied in foreign-key order in one transaction, identity
/// counters continue after the copied ids, and each table's row count is compared afterwards.
/// </summary>
public sealed class DatabaseCopy(Database source, Database target)
{
    /// <summary>Tables in an order that satisfies every foreign key.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "companies", "company_aliases", "feeds", "seen_keys", "incidents", "incident_companies", "articles",
        "chats", "subscriptions", "tracked_companies", "outbox", "bot_state",
    ];

    private static readonly HashSet<string> WithIdentity = new(["feeds", "incidents", "articles", "chats", "outbox"], StringComparer.Ordinal);

    /// <summary>Copies every table; returns each table's (source, target) row counts.</summary>
    public async Task<IReadOnlyList<(string Table, long Source, long Target)>> RunAsync(CancellationToken cancellationToken)
    {
        await source.MigrateAsync(cancellationToken);
        await target.MigrateAsync(cancellationToken);
        await using var from = await source.OpenAsync(cancellationToken);
        await using var to = await target.OpenAsync(cancellationToken);
        foreach (var table in Tables)
        {
            if (await CountAsync(to, table, cancellationToken) > 0)
            {
                throw new InvalidOperationException($"The target database is not empty (table {table} has rows); copy only into a fresh database.");
            }
        }

        await using (var transaction = await to.BeginTransactionAsync(cancellationToken))
        {
            foreach (var table in Tables)
            {
                await CopyTableAsync(from, to, transaction, table, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var counts = new List<(string, long, long)>();
        foreach (var table in Tables)
        {
            counts.Add((table, await CountAsync(from, table, cancellationToken), await CountAsync(to, table, cancellationToken)));
        }

        return counts;
    }

    private static async Task CopyTableAsync(DbConnection from, DbConnection to, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        // The target's own columns (a generated search column is filled by PostgreSQL itself).
        var columns = await to.QueryAsync(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table AND is_generated = 'NEVER' ORDER BY ordinal_position",
            r => r.GetString(0), transaction, [("table", table)], cancellationToken);
        var list = string.Join(", ", columns);
        var insert = $"INSERT INTO {table} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => "@c" + i.ToString(CultureInfo.InvariantCulture)))})";
        await using var read = from.Command($"SELECT {list} FROM {table}");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await using var write = to.Command(insert, transaction, [.. columns.Select((_, i) => ("c" + i.ToString(CultureInfo.InvariantCulture), (object?)null))]);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                write.Parameters[i].Value = reader.GetValue(i);
            }

            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        if (WithIdentity.Contains(table))
        {
            await to.ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)",
                transaction, cancellationToken: cancellationToken);
        }
    }

    private static async Task<long> CountAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(await connection.ScalarAsync($"SELECT COUNT(*) FROM {table}", cancellationToken: cancellationToken), CultureInfo.InvariantCulture);
}
