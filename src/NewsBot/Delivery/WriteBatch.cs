using System.Data.Common;

namespace NewsBot.Delivery;

/// <summary>
/// One group commit's connection and transaction. Statements are prepared once per batch and re-run with new
/// parameter values, so recording thousands of outcomes does not re-parse the same SQL thousands of times.
/// </summary>
internal sealed class WriteBatch(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Prepare(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = await Prepare(sql, parameters).ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }

    private DbCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters["@" + name].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
