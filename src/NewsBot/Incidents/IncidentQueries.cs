using System.Data.Common;
using System.Globalization;
using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;
using NewsBot.Storage;

namespace NewsBot.Incidents;

/// <summary>The SQL behind <see cref="IncidentStore"/>; every method runs inside the caller's transaction.</summary>
internal static class IncidentQueries
{
    public static async Task<IReadOnlyList<IncidentCandidate>> CandidatesAsync(DbConnection connection, DbTransaction transaction, string slug, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var incidents = await connection.QueryAsync(
            """
            SELECT i.id, i.type, i.status, i.records, i.data_types, i.actor, i.first_reported_at FROM incidents i
            JOIN incident_companies ic ON ic.incident_id = i.id
            WHERE ic.company_slug = @slug AND i.updated_at >= @since ORDER BY i.first_reported_at DESC LIMIT 20
            """,
            r => (Id: r.GetInt64(0), Type: Enum.Parse<IncidentType>(r.GetString(1)),
                  Facts: new IncidentFacts(r.NullableInt64(3), SplitTypes(r.GetString(4)), r.NullableString(5), Enum.Parse<IncidentStatus>(r.GetString(2)), null),
                  At: DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
            transaction, [("slug", slug), ("since", since.ToMs())], cancellationToken);

        var candidates = new List<IncidentCandidate>();
        foreach (var incident in incidents)
        {
            var sources = await connection.QueryAsync(
                "SELECT title, lead FROM articles WHERE incident_id = @id ORDER BY id", r => (Title: r.GetString(0), Lead: r.GetString(1)),
                transaction, [("id", incident.Id)], cancellationToken);
            candidates.Add(new IncidentCandidate(
                incident.Id, slug, incident.Type, incident.Facts, incident.At,
                [.. sources.Select(s => s.Title)], [.. sources.Select(s => s.Lead)]));
        }

        return candidates;
    }

    public static async Task<long> CreateAsync(
        DbConnection connection, DbTransaction transaction, string slug, ArticleRecord article, ArticleAnalysis analysis, DateTimeOffset publishedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var facts = analysis.Facts;
        var id = await connection.ScalarAsync(
            """
            INSERT INTO incidents (company_slug, type, status, title, summary, records, data_types, actor, first_reported_at, updated_at, created_at)
            VALUES (@slug, @type, @status, @title, @summary, @records, @types, @actor, @first, @now, @now) RETURNING id
            """,
            transaction,
            [
                ("slug", slug), ("type", analysis.Type.ToString()), ("status", facts.Status.ToString()), ("title", article.Title), ("summary", article.Summary),
                ("records", facts.Records), ("types", string.Join(",", facts.DataTypes)), ("actor", facts.Actor),
                ("first", (facts.FirstReported ?? publishedAt).ToMs()), ("now", now.ToMs()),
            ],
            cancellationToken);
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>Links the article and the companies; with <paramref name="newFacts"/>, merges them into the incident's facts.</summary>
    public static async Task LinkAsync(
        DbConnection connection, DbTransaction transaction, long incidentId, long articleId, IReadOnlyList<string> slugs, IncidentFacts? newFacts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            "UPDATE articles SET incident_id = @incident WHERE id = @article", transaction, [("incident", incidentId), ("article", articleId)], cancellationToken);
        foreach (var slug in slugs)
        {
            await connection.ExecuteAsync(
                "INSERT INTO incident_companies (incident_id, company_slug) VALUES (@incident, @slug) ON CONFLICT DO NOTHING",
                transaction, [("incident", incidentId), ("slug", slug)], cancellationToken);
        }

        if (newFacts is null)
        {
            return;
        }

        // Keep the largest record count, a stated status over "unknown", and every data type seen.
        var types = await connection.ScalarAsync("SELECT data_types FROM incidents WHERE id = @id", transaction, [("id", incidentId)], cancellationToken) as string ?? "";
        var merged = string.Join(",", SplitTypes(types).Union(newFacts.DataTypes, StringComparer.OrdinalIgnoreCase));
        await connection.ExecuteAsync(
            """
            UPDATE incidents SET updated_at = @now, data_types = @types,
                records = CASE WHEN @records IS NOT NULL AND (records IS NULL OR @records > records) THEN @records ELSE records END,
                status = CASE WHEN @status <> 'Unknown' THEN @status ELSE status END,
                actor = COALESCE(actor, @actor)
            WHERE id = @id
            """,
            transaction,
            [("now", now.ToMs()), ("types", merged), ("records", newFacts.Records), ("status", newFacts.Status.ToString()), ("actor", newFacts.Actor), ("id", incidentId)],
            cancellationToken);
    }

    /// <summary>One outbox row per active chat whose subscription rules take this incident; returns how many.</summary>
    public static async Task<int> EnqueueAsync(
        DbConnection connection, DbTransaction transaction, long incidentId, string alertKey, IReadOnlyList<string> slugs, IncidentType type, string payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chats = await SubscriptionStore.RecipientsAsync(connection, transaction, slugs, type, cancellationToken);
        if (chats.Count == 0)
        {
            return 0;
        }

        var (list, parameters) = Sql.InList("c", chats);
        return await connection.ExecuteAsync(
            $"""
            INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
            SELECT c.id, @incident, @key, @payload, 'pending', @now, @now FROM chats c WHERE c.id IN ({list})
            ON CONFLICT DO NOTHING
            """,
            transaction,
            [("incident", incidentId), ("key", alertKey), ("payload", payload), ("now", now.ToMs()), .. parameters],
            cancellationToken);
    }

    private static string[] SplitTypes(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
