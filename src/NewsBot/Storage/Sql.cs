using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>Small helpers over ADO.NET so stores read as SQL, not plumbing.</summary>
public static class Sql
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? transaction = null, (string, object?)[]? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, transaction, parameters ?? []);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(this DbConnection connection, string sql, DbTransaction? transaction = null, (string, object?)[]? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, transaction, parameters ?? []);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, DbTransaction? transaction = null, (string, object?)[]? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command(sql, transaction, parameters ?? []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>"@k0, @k1, …" and its parameters, for <c>IN (…)</c> with bound values.</summary>
    public static (string List, (string, object?)[] Parameters) InList<T>(string prefix, IReadOnlyList<T> values)
    {
        var parameters = values.Select((value, i) => ($"{prefix}{i}", (object?)value)).ToArray();
        return (string.Join(", ", parameters.Select(p => "@" + p.Item1)), parameters);
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static DateTimeOffset? NullableInstant(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static long ToMs(this DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? ToMs(this DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();
}
