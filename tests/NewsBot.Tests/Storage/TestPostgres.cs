using Npgsql;

namespace NewsBot.Tests.Storage;

/// <summary>
/// The PostgreSQL server the provider tests use, from <c>NEWSBOT_TEST_POSTGRES</c> (an Npgsql connection string;
/// <c>.ci/run</c> starts a server and sets it). Without it the PostgreSQL cases are skipped with the reason, except
/// under CI (<c>CI=true</c>), where they run and fail, because CI always has the server.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason =>
        ConnectionString is not null || SharedFolder.IsCi
            ? null
            : $"No PostgreSQL server: set {Variable} to an Npgsql connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=newsbot_test); .ci/run starts one.";

    public static string Required => ConnectionString
        ?? throw new InvalidOperationException($"{Variable} is not set; under CI the PostgreSQL tests must run (.ci/run starts the server).");

    /// <summary>A new empty schema and a connection string whose search path is that schema alone.</summary>
    public static string CreateSchema()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Required))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        // No pooling: hundreds of schemas would each keep a pool of idle connections open.
        return new NpgsqlConnectionStringBuilder(Required) { SearchPath = schema, Pooling = false }.ToString();
    }

    public static void DropSchema(string connectionString)
    {
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath!;
        using var connection = new NpgsqlConnection(Required);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
