using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Tests.History;

/// <summary>Writes companies, incidents and articles straight into a migrated database, so each test states exactly what is stored.</summary>
internal sealed class HistoryData(Database database)
{
    private int _nextArticle = 1;
    private bool _feed;

    public async Task<long> IncidentAsync(string slug, string title, DateTimeOffset at, string type = "DataLeak", params string[] otherSlugs)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        foreach (var company in otherSlugs.Prepend(slug))
        {
            await connection.ExecuteAsync(
                "INSERT INTO companies (slug, name, updated_at) VALUES (@s, @s, 0) ON CONFLICT DO NOTHING", parameters: [("s", company)]);
        }

        var id = Convert.ToInt64(
            await connection.ScalarAsync(
                """
                INSERT INTO incidents (company_slug, type, status, title, summary, records, data_types, actor, first_reported_at, updated_at, created_at)
                VALUES (@slug, @type, 'Confirmed', @title, 'Ringkasan insiden.', 91000000, 'email,kata sandi', 'ShinyHunters', @at, @at, @at) RETURNING id
                """,
                parameters: [("slug", slug), ("type", type), ("title", title), ("at", at.ToMs())]),
            CultureInfo.InvariantCulture);
        foreach (var company in otherSlugs.Prepend(slug))
        {
            await connection.ExecuteAsync("INSERT INTO incident_companies (incident_id, company_slug) VALUES (@i, @s)", parameters: [("i", id), ("s", company)]);
        }

        return id;
    }

    public async Task<long> ArticleAsync(string title, DateTimeOffset at, long? incidentId = null, string outlet = "SINDOnews", string lead = "", string summary = "", string? url = null)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        if (!_feed)
        {
            await connection.ExecuteAsync("INSERT INTO feeds (id, url, name, created_at) VALUES (1, 'https://news.example/rss', 'Contoh', 0) ON CONFLICT DO NOTHING");
            _feed = true;
        }

        var n = _nextArticle++;
        return Convert.ToInt64(
            await connection.ScalarAsync(
                """
                INSERT INTO articles (feed_id, item_key_hash, url, title, outlet, published_at, first_seen_at, lead, summary, incident_id)
                VALUES (1, @key, @url, @title, @outlet, @at, @at, @lead, @summary, @incident) RETURNING id
                """,
                parameters:
                [
                    ("key", $"k{n}"), ("url", url ?? $"https://news.example/{n}"), ("title", title), ("outlet", outlet), ("at", at.ToMs()),
                    ("lead", lead), ("summary", summary), ("incident", incidentId),
                ]),
            CultureInfo.InvariantCulture);
    }
}
