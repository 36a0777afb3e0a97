using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.History;

/// <summary>
/// Full-text search over stored articles for <c>/cari</c> (SQLite FTS5, diacritics removed). The user's text is
/// always a bound parameter, built by <see cref="FtsQuery"/>. Ranking: bm25 (a title hit weighs most) divided by
/// an age factor, so a recent report beats an equally good old one.
/// </summary>
public sealed class ArticleSearch(Database database, TimeProvider clock)
{
    /// <summary>
    /// Matches ranked per query. FTS5 yields matches newest article first, so a very common word costs the same as a
    /// rare one: the newest CandidateLimit matches are ranked, older ones are not reached.
    /// </summary>
    public const int CandidateLimit = 500;

    // bm25 column weights: title, lead, summary.
    private const string Bm25 = "bm25(articles_fts, 4.0, 1.0, 1.0)";
    private const double MillisecondsPerYear = 365.25 * 24 * 3600 * 1000;

    public async Task<SearchResults> SearchAsync(string userText, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (FtsQuery.FromUserText(userText) is not { } match)
        {
            return SearchResults.Empty;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"""
            WITH hits AS (
                SELECT rowid AS id, {Bm25} AS score FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT @cap
            )
            SELECT a.id, a.incident_id, i.company_slug, a.outlet, a.title, a.url, COALESCE(a.published_at, a.first_seen_at) AS at, COUNT(*) OVER () AS total
            FROM hits h JOIN articles a ON a.id = h.id LEFT JOIN incidents i ON i.id = a.incident_id
            ORDER BY -h.score / (1.0 + MAX(0, @now - COALESCE(a.published_at, a.first_seen_at)) / @year) DESC, a.id DESC
            LIMIT @limit OFFSET @offset
            """,
            r => (Hit: new SearchHit(
                    r.GetInt64(0), r.NullableInt64(1), r.NullableString(2), r.GetString(3), r.GetString(4), r.NullableString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
                  Total: r.GetInt32(7)),
            parameters:
            [
                ("match", match), ("cap", CandidateLimit), ("now", clock.GetUtcNow().ToMs()), ("year", MillisecondsPerYear),
                ("limit", pageSize), ("offset", (long)(page - 1) * pageSize),
            ],
            cancellationToken: cancellationToken);
        if (rows.Count > 0)
        {
            return new SearchResults([.. rows.Select(r => r.Hit)], rows[0].Total, rows[0].Total >= CandidateLimit);
        }

        // A page past the end still needs the number of matches to say how many pages there are.
        var total = Convert.ToInt32(
            await connection.ScalarAsync(
                "SELECT COUNT(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT @cap)",
                parameters: [("match", match), ("cap", CandidateLimit)], cancellationToken: cancellationToken),
            CultureInfo.InvariantCulture);
        return new SearchResults([], total, total >= CandidateLimit);
    }
}
