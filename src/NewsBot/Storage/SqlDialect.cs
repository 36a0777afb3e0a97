namespace NewsBot.Storage;

/// <summary>
/// The few places where SQLite's and PostgreSQL's SQL differ, named. Everything else stores write once:
/// <c>@name</c> parameters, <c>ON CONFLICT</c>, <c>RETURNING</c>, instants as Unix milliseconds.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new("sqlite");
    public static readonly SqlDialect Postgres = new("postgres");

    private SqlDialect(string name) => Name = name;

    /// <summary>The migration folder name.</summary>
    public string Name { get; }

    public bool IsPostgres => ReferenceEquals(this, Postgres);

    /// <summary>The larger of two values: SQLite's two-argument <c>MAX</c>, PostgreSQL's <c>GREATEST</c>.</summary>
    public string Greatest(string a, string b) => IsPostgres ? $"GREATEST({a}, {b})" : $"MAX({a}, {b})";

    /// <summary>Comma-joined values of a group.</summary>
    public string JoinedList(string expression) => IsPostgres ? $"string_agg({expression}, ',')" : $"group_concat({expression})";

    /// <summary>
    /// Row locks for a claim: on PostgreSQL other instances skip the rows this transaction is taking; SQLite has one
    /// writer per file, so the claim's transaction alone is enough.
    /// </summary>
    public string ForUpdateSkipLocked(string table) => IsPostgres ? $"FOR UPDATE OF {table} SKIP LOCKED" : "";
}
