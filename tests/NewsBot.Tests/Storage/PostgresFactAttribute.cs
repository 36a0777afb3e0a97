namespace NewsBot.Tests.Storage;

/// <summary>A fact only PostgreSQL can run (several instances on one database); skipped like the provider cases without a server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason;
}
