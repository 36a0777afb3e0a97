using System.Data.Common;
using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.History;

/// <summary>
/// Full-text search over stored articles for <c>/cari</c> (SQLite FTS5 or PostgreSQL tsvector, diacritics removed). The user's text is
/// always a bound parameter, built by <see cref="FtsQuery"/>. The newest <see cref="CandidateLimit"/> matches (FTS5 yields
/// them newest first; on PostgreSQL <see cref="PostgresNewestMatches"/> finds them) are read and ranked: BM25 (<see cref="Bm25"/>; a title hit weighs most)
/// divided by an age factor (1 + age in years), so a recent report beats an equally good old one. A very common
/// word costs no more than a rare one.
/// </summary>
public sealed class ArticleSearch(Database database, TimeProvider clock)
{
    // The newest 200 matches span weeks for a common word on a large store, and reading and scoring them stays a few
    // milliseconds (issue 14's budget: p95 ≤ 20 ms on a million articles).
    public const int CandidateLimit = 200;

    /// <summary>Matches read per word to estimate how many articles hold it (exact below this).</summary>
    private const int FrequencySample = 2000;

    /// <summary>
    /// The same on PostgreSQL, smaller: there each match outside the newest articles is a table page read, while FTS5
    /// reads its matches from its own index.
    /// </summary>
    private const int PostgresFrequencySample = CandidateLimit;
    private const double MillisecondsPerYear = 365.25 * 24 * 3600 * 1000;
    private static readonly double[] ColumnWeights = [4.0, 1.0, 1.0];

    public async Task<SearchResults> SearchAsync(string userText, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (FtsQuery.FromUserText(userText) is not { } match)
        {
            return SearchResults.Empty;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var newest = await NewestAsync(connection, database.Dialect.IsPostgres ? TsQueryText(userText) : match, CandidateLimit, cancellationToken);
        if (newest.Count == 0)
        {
            return SearchResults.Empty;
        }

        var (ids, idParameters) = Sql.InList("id", newest);
        var candidates = await connection.QueryAsync(
            $"""
            SELECT a.id, a.incident_id, i.company_slug, a.outlet, a.title, a.url, COALESCE(a.published_at, a.first_seen_at), a.lead, a.summary
            FROM articles a LEFT JOIN incidents i ON i.id = a.incident_id WHERE a.id IN ({ids})
            """,
            r => (Hit: new SearchHit(
                    r.GetInt64(0), r.NullableInt64(1), r.NullableString(2), r.GetString(3), r.GetString(4), r.NullableString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
                  Columns: new[] { r.GetString(4), r.GetString(7), r.GetString(8) }),
            parameters: idParameters,
            cancellationToken: cancellationToken);

        var words = FtsQuery.Terms(userText).SelectMany(Bm25.Tokens).Distinct(StringComparer.Ordinal).ToList();
        var idf = await IdfAsync(connection, words, cancellationToken);
        var scores = Bm25.Score([.. candidates.Select(c => c.Columns)], words, idf, ColumnWeights);
        var now = clock.GetUtcNow();
        var ranked = candidates
            .Select((c, i) => (c.Hit, Score: scores[i] / (1.0 + (Math.Max(0, (now - c.Hit.PublishedAt).TotalMilliseconds) / MillisecondsPerYear))))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Hit.ArticleId)
            .Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize)
            .Select(c => c.Hit)
            .ToList();
        return new SearchResults(ranked, candidates.Count, candidates.Count >= CandidateLimit);
    }

    /// <summary>
    /// Each word's idf. How many articles hold a word is counted exactly up to <see cref="FrequencySample"/>; above
    /// that it is extrapolated from how densely the newest matches fill the newest article ids.
    /// </summary>
    private async Task<List<double>> IdfAsync(DbConnection connection, List<string> words, CancellationToken cancellationToken)
    {
        var documents = Convert.ToDouble(await connection.ScalarAsync("SELECT MAX(id) FROM articles", cancellationToken: cancellationToken) ?? 1L, CultureInfo.InvariantCulture);
        var idf = new List<double>(words.Count);
        foreach (var word in words)
        {
            if (database.Dialect.IsPostgres && await CommonShareAsync(connection, word, cancellationToken) is { } share)
            {
                idf.Add(Bm25.Idf(documents, Math.Min(share * documents, documents)));
                continue;
            }

            var sample = database.Dialect.IsPostgres ? PostgresFrequencySample : FrequencySample;
            var newest = await NewestAsync(connection, "\"" + word + "\"", sample, cancellationToken);
            var withWord = newest.Count < sample ? newest.Count : newest.Count * documents / Math.Max(1, documents - newest[^1] + 1);
            idf.Add(Bm25.Idf(documents, Math.Min(withWord, documents)));
        }

        return idf;
    }

    /// <summary>
    /// On PostgreSQL, the share of articles holding a common word, from the statistics ANALYZE keeps for the tsvector
    /// column (its most common lexemes); null for a word not among them. Counting 2,000 matches of a common word walks
    /// the id index through tens of thousands of rows, while a word outside the statistics is rare and counted fast.
    /// </summary>
    private static async Task<double?> CommonShareAsync(DbConnection connection, string word, CancellationToken cancellationToken) =>
        await connection.ScalarAsync(
            """
            SELECT e.share FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, share)
            WHERE s.schemaname = current_schema() AND s.tablename = 'articles' AND s.attname = 'search' AND e.word = lower(search_fold(@word))
            """,
            parameters: [("word", word)],
            cancellationToken: cancellationToken) is float share ? share : null;

    /// <summary>Ids of the newest articles matching <paramref name="query"/>, newest first: FTS5 on SQLite, <see cref="PostgresNewestMatches"/> on PostgreSQL.</summary>
    private async Task<List<long>> NewestAsync(DbConnection connection, string query, int limit, CancellationToken cancellationToken) =>
        database.Dialect.IsPostgres
            ? await PostgresNewestMatches.FindAsync(connection, query, limit, cancellationToken)
            : await connection.QueryAsync(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @query ORDER BY rowid DESC LIMIT @limit",
                r => r.GetInt64(0),
                parameters: [("query", query), ("limit", limit)],
                cancellationToken: cancellationToken);

    /// <summary>
    /// The user's terms as websearch_to_tsquery input meaning "all of these words": only the index's own tokens
    /// (letters and digits), every term quoted (a phrase when it has several tokens), so no operator can come from the
    /// user: unquoted, a word "or" in any case is websearch_to_tsquery's OR.
    /// </summary>
    private static string TsQueryText(string userText) => string.Join(
        ' ',
        FtsQuery.Terms(userText).Select(Bm25.Tokens).Where(tokens => tokens.Count > 0)
            .Select(tokens => "\"" + string.Join(' ', tokens) + "\""));
}
