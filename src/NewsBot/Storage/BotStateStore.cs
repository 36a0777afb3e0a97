namespace NewsBot.Storage;

/// <summary>Small durable key/value settings: the Telegram update offset, the Discord command hash, ...</summary>
public sealed class BotStateStore(Database database)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (string?)await connection.ScalarAsync(
            "SELECT value FROM bot_state WHERE key = @key", parameters: [("key", key)], cancellationToken: cancellationToken);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO bot_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            parameters: [("key", key), ("value", value)],
            cancellationToken: cancellationToken);
    }
}
