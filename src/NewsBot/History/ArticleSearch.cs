using System.Data.Common;
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

        var words = FtsQuery.Terms(userText).SelectMany(Bm25.Tokens).Distinct(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        var (lastId, shares) = await StatisticsAsync(connection, words, cancellationToken);
        if (lastId == 0)
        {
            return SearchResults.Empty;
        }

        // FTS5 yields the newest matches within the query; PostgreSQL's are found first (PostgresNewestMatches).
        var postgres = database.Dialect.IsPostgres;
        var rarestShare = words.All(shares.ContainsKey) ? words.Min(word => shares[word]) : 0;
        var newest = postgres ? await PostgresNewestMatches.FindAsync(connection, TsQueryText(userText), CandidateLimit, lastId, rarestShare, cancellationToken) : null;
        var candidates = await connection.QueryAsync(
            $"""
            WITH hits AS ({(postgres ? "SELECT unnest(@ids) AS id" : NewestFts5("@match", "@cap"))})
            SELECT a.id, a.incident_id, i.company_slug, a.outlet, a.title, a.url, COALESCE(a.published_at, a.first_seen_at), a.lead, a.summary
            FROM hits h JOIN articles a ON a.id = h.id LEFT JOIN incidents i ON i.id = a.incident_id
            """,
            r => (Hit: new SearchHit(
                    r.GetInt64(0), r.NullableInt64(1), r.NullableString(2), r.GetString(3), r.GetString(4), r.NullableString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
                  Columns: new[] { r.GetString(4), r.GetString(7), r.GetString(8) }),
            parameters: postgres ? [("ids", newest!.ToArray())] : [("match", match), ("cap", CandidateLimit)],
            cancellationToken: cancellationToken);
        if (candidates.Count == 0)
        {
            return SearchResults.Empty;
        }

        // A one-word search on PostgreSQL has just read that word's sample: its newest CandidateLimit matches.
        var sampled = postgres && words.Count == 1 && TsQueryText(userText) == Quoted(words[0]) ? newest : null;
        var idf = await IdfAsync(connection, words, lastId, shares, sampled, cancellationToken);
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
    /// Each word's idf. How many articles hold a word is counted exactly up to <see cref="FrequencySample"/>
    /// (<see cref="PostgresFrequencySample"/>); above that it is extrapolated from how densely the newest matches fill
    /// the newest article ids. <paramref name="sampled"/>: the only word's newest matches, when already read.
    /// </summary>
    private async Task<List<double>> IdfAsync(
        DbConnection connection, List<string> words, long lastId, Dictionary<string, double> shares, List<long>? sampled, CancellationToken cancellationToken)
    {
        var documents = (double)lastId;
        var idf = new List<double>(words.Count);
        foreach (var word in words)
        {
            if (shares.TryGetValue(word, out var share))
            {
                idf.Add(Bm25.Idf(documents, Math.Min(share * documents, documents)));
                continue;
            }

            var sample = database.Dialect.IsPostgres ? PostgresFrequencySample : FrequencySample;
            var (count, oldest) = database.Dialect.IsPostgres
                ? CountAndOldest(sampled ?? await PostgresNewestMatches.FindAsync(connection, Quoted(word), sample, lastId, 0, cancellationToken))
                : (await connection.QueryAsync(
                    $"SELECT COUNT(*), COALESCE(MIN(id), 0) FROM ({NewestFts5("@word", "@sample")}) AS newest",
                    r => (r.GetInt64(0), r.GetInt64(1)),
                    parameters: [("word", Quoted(word)), ("sample", sample)],
                    cancellationToken: cancellationToken))[0];
            var withWord = count < sample ? count : count * documents / Math.Max(1, documents - oldest + 1);
            idf.Add(Bm25.Idf(documents, Math.Min(withWord, documents)));
        }

        return idf;
    }

    /// <summary>
    /// In one round trip: the highest article id (0 for none), the store's size near enough, and on PostgreSQL the share of
    /// articles holding each common word among <paramref name="words"/>, from the statistics ANALYZE keeps for the
    /// tsvector column (its most common lexemes). Sampling a common word's matches would read rows for nothing, while a
    /// word outside the statistics is rare.
    /// </summary>
    private async Task<(long LastId, Dictionary<string, double> Shares)> StatisticsAsync(
        DbConnection connection, List<string> words, CancellationToken cancellationToken)
    {
        var postgres = database.Dialect.IsPostgres;
        await using var command = postgres
            ? connection.Command(
                """
                SELECT COALESCE(MAX(id), 0) FROM articles;
                SELECT w.word, e.share FROM unnest(@words) AS w(word)
                JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'articles' AND s.attname = 'search'
                CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, share)
                WHERE e.lexeme = lower(search_fold(w.word))
                """,
                null,
                ("words", words.ToArray()))
            : connection.Command("SELECT COALESCE(MAX(id), 0) FROM articles");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var lastId = reader.GetInt64(0);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        if (postgres && await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                shares.TryAdd(reader.GetString(0), reader.GetFloat(1));
            }
        }

        return (lastId, shares);
    }

    private static (long Count, long Oldest) CountAndOldest(List<long> newestFirst) => (newestFirst.Count, newestFirst.Count == 0 ? 0 : newestFirst[^1]);

    /// <summary>Ids of the newest articles matching an FTS5 <paramref name="query"/>, newest first.</summary>
    private static string NewestFts5(string query, string limit) =>
        $"SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH {query} ORDER BY rowid DESC LIMIT {limit}";

    /// <summary>
    /// The user's terms as websearch_to_tsquery input meaning "all of these words": only the index's own tokens
    /// (letters and digits), every term quoted (a phrase when it has several tokens), so no operator can come from the
    /// user: unquoted, a word "or" in any case is websearch_to_tsquery's OR.
    /// </summary>
    private static string TsQueryText(string userText) => string.Join(
        ' ',
        FtsQuery.Terms(userText).Select(Bm25.Tokens).Where(tokens => tokens.Count > 0)
            .Select(tokens => Quoted(string.Join(' ', tokens))));

    private static string Quoted(string words) => "\"" + words + "\"";
}
