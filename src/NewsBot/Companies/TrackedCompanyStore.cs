using NewsBot.Storage;

namespace NewsBot.Companies;

/// <summary>
/// Companies chats track with /lacak (the tracked_companies table, plus their row in companies so incidents can
/// refer to them). <see cref="Version"/> changes with every edit so the matcher is rebuilt at the next feed check.
/// </summary>
public sealed class TrackedCompanyStore(Database database, TimeProvider clock)
{
    private int _version;

    public int Version => Volatile.Read(ref _version);

    /// <summary>Every tracked company of every chat, once per slug.</summary>
    public async Task<IReadOnlyList<TrackedCompany>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT company_slug, name, aliases FROM tracked_companies ORDER BY company_slug, created_at",
            Read, cancellationToken: cancellationToken);
        return [.. rows.GroupBy(t => t.Slug).Select(g => g.First() with { Aliases = [.. g.SelectMany(t => t.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)] })];
    }

    /// <summary>The entries of one chat (platform and the platform's chat id).</summary>
    public async Task<IReadOnlyList<TrackedCompany>> ForChatAsync(string platform, string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT t.company_slug, t.name, t.aliases FROM tracked_companies t JOIN chats c ON c.id = t.chat_id
            WHERE c.platform = @platform AND c.external_id = @external ORDER BY t.name
            """,
            Read, parameters: [("platform", platform), ("external", externalId)], cancellationToken: cancellationToken);
    }

    /// <summary>Adds (or updates the aliases of) a chat's entry; the chat row must exist.</summary>
    public async Task AddAsync(long chatId, TrackedCompany company, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToMs();
        await connection.ExecuteAsync(
            "INSERT INTO companies (slug, name, parent_slug, updated_at) VALUES (@slug, @name, NULL, @now) ON CONFLICT (slug) DO NOTHING",
            transaction, [("slug", company.Slug), ("name", company.Name), ("now", now)], cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO tracked_companies (chat_id, company_slug, name, aliases, created_at) VALUES (@chat, @slug, @name, @aliases, @now)
            ON CONFLICT (chat_id, company_slug) DO UPDATE SET aliases = excluded.aliases
            """,
            transaction, [("chat", chatId), ("slug", company.Slug), ("name", company.Name), ("aliases", string.Join(",", company.Aliases)), ("now", now)],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _version);
    }

    /// <summary>Removes a chat's entry; false when the chat had none with that slug.</summary>
    public async Task<bool> RemoveAsync(long chatId, string slug, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(
            "DELETE FROM tracked_companies WHERE chat_id = @chat AND company_slug = @slug",
            parameters: [("chat", chatId), ("slug", slug)], cancellationToken: cancellationToken);
        Interlocked.Increment(ref _version);
        return removed > 0;
    }

    private static TrackedCompany Read(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries));
}
