using System.Data.Common;
using System.Globalization;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// Fills a migrated database with generated articles and incidents: article ids grow with publication time over six
/// years (as a feed reader stores them), each incident is reported by 1–6 neighbouring articles naming its company.
/// The FTS index is filled by the migration's triggers, exactly as in the bot.
/// </summary>
internal static class SearchSeed
{
    public static readonly DateTimeOffset End = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Start = End.AddYears(-6);
    private const int Batch = 50_000;
    private static readonly string[] Outlets = [.. Enumerable.Range(1, 25).Select(i => $"Media{i:00}")];
    private static readonly string[] Types = ["DataLeak", "Hacking", "Ransomware", "DataCollection", "PolicyChange", "RegulatoryAction", "Surveillance"];

    public static string Slug(string company) => company.ToLowerInvariant().Replace(' ', '-');

    public static DateTimeOffset PublishedAt(long articleId, int articles) =>
        Start + ((End - Start) * ((double)articleId / articles));

    public static async Task FillAsync(Database database, SearchCorpus corpus, int articles, int incidents, int seed)
    {
        var random = new Random(seed);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var postgres = database.Dialect.IsPostgres;
        // The GIN index is built once after the load (the same definition as postgres/007): far faster than keeping it up to date row by row.
        await connection.ExecuteAsync(postgres ? "DROP INDEX articles_search" : "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;");
        var now = End.ToMs();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var company in SearchCorpus.Companies)
            {
                await connection.ExecuteAsync("INSERT INTO companies (slug, name, updated_at) VALUES (@s, @n, @now)", transaction, [("s", Slug(company)), ("n", company), ("now", now)]);
            }

            foreach (var (outlet, i) in Outlets.Select((o, i) => (o, i)))
            {
                await connection.ExecuteAsync("INSERT INTO feeds (id, url, name, created_at) VALUES (@id, @url, @n, @now)", transaction, [("id", i + 1), ("url", $"https://bench.invalid/{outlet}/rss"), ("n", outlet), ("now", now)]);
            }

            await transaction.CommitAsync();
        }

        // Which incident (and company) each article reports, planned before anything is written.
        var incidentOf = new int[articles + 1];
        var companyOf = new string[incidents + 1];
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var incident = 1; incident <= incidents; incident++)
            {
                var anchor = random.Next(1, articles - 8);
                var reports = random.Next(1, 7);
                for (var a = anchor; a < anchor + reports && incidentOf[a] == 0; a++)
                {
                    incidentOf[a] = incident;
                }

                // Popular companies have many incidents, some only a few.
                var company = SearchCorpus.Companies[(int)(SearchCorpus.Companies.Length * Math.Pow(random.NextDouble(), 2))];
                companyOf[incident] = company;
                var slug = Slug(company);
                var at = PublishedAt(anchor, articles).ToMs();
                await connection.ExecuteAsync(
                    """
                    INSERT INTO incidents (id, company_slug, type, status, title, summary, records, data_types, first_reported_at, updated_at, created_at)
                    VALUES (@id, @slug, @type, 'Alleged', @title, @summary, @records, 'email,nomor telepon', @at, @at, @at)
                    """,
                    transaction,
                    [
                        ("id", incident), ("slug", slug), ("type", Types[random.Next(Types.Length)]), ("title", $"{company} {corpus.Sentence(random, 8)}"),
                        ("summary", corpus.Sentence(random, 30)), ("records", random.Next(1000, 100_000_000)), ("at", at),
                    ]);
                await connection.ExecuteAsync("INSERT INTO incident_companies (incident_id, company_slug) VALUES (@id, @slug)", transaction, [("id", incident), ("slug", slug)]);
            }

            await transaction.CommitAsync();
        }

        for (var first = 1; first <= articles; first += Batch)
        {
            var rows = Articles(corpus, random, first, Math.Min(first + Batch - 1, articles), articles, incidentOf, companyOf);
            await (postgres ? CopyArticlesAsync((Npgsql.NpgsqlConnection)connection, rows) : InsertArticlesAsync(connection, rows));
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {Math.Min(first + Batch - 1, articles):N0} articles"));
        }

        Console.Error.WriteLine();
        if (postgres)
        {
            // VACUUM runs on its own, outside any batch; it also sets the visibility map that index-only scans use.
            await connection.ExecuteAsync("CREATE INDEX articles_search ON articles USING GIN (search)");
            await connection.ExecuteAsync("VACUUM ANALYZE");
        }
        else
        {
            await connection.ExecuteAsync("INSERT INTO articles_fts (articles_fts) VALUES ('optimize'); ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        }
    }

    /// <summary>The articles with ids <paramref name="first"/>..<paramref name="last"/>, in the column order of <see cref="Columns"/>.</summary>
    private static IEnumerable<object?[]> Articles(SearchCorpus corpus, Random random, int first, int last, int articles, int[] incidentOf, string[] companyOf)
    {
        for (var id = first; id <= last; id++)
        {
            var feed = random.Next(Outlets.Length);
            var incident = incidentOf[id];
            var company = incident > 0 ? companyOf[incident] + " " : "";
            yield return
            [
                (long)id, (long)(feed + 1), id.ToString("x", CultureInfo.InvariantCulture), $"https://bench.invalid/{Outlets[feed]}/{id}", id.ToString("x8", CultureInfo.InvariantCulture),
                company + corpus.Sentence(random, random.Next(7, 13)), Outlets[feed], PublishedAt(id, articles).ToMs(), incident > 0 ? 1 : 0,
                corpus.Sentence(random, random.Next(25, 40)), incident > 0 ? company + corpus.Sentence(random, 25) : "", incident > 0 ? (long)incident : null,
            ];
        }
    }

    private const string Columns = "id, feed_id, item_key_hash, url, url_hash, title, outlet, published_at, relevant, lead, summary, incident_id";

    private static async Task InsertArticlesAsync(DbConnection connection, IEnumerable<object?[]> rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.Command(
            $"""
            INSERT INTO articles ({Columns}, language, first_seen_at)
            VALUES (@id, @feed, @key, @url, @hash, @title, @outlet, @at, @relevant, @lead, @summary, @incident, 'id', @at)
            """,
            transaction,
            [("id", 0), ("feed", 0), ("key", ""), ("url", ""), ("hash", ""), ("title", ""), ("outlet", ""), ("at", 0), ("relevant", 0), ("lead", ""), ("summary", ""), ("incident", null)]);
        foreach (var values in rows)
        {
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>PostgreSQL's bulk path: one COPY per batch (the tsvector column is computed by the server as rows arrive).</summary>
    private static async Task CopyArticlesAsync(Npgsql.NpgsqlConnection connection, IEnumerable<object?[]> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY articles ({Columns}, language, first_seen_at) FROM STDIN (FORMAT BINARY)");
        foreach (var values in rows)
        {
            await copy.StartRowAsync();
            foreach (var value in values)
            {
                await (value is null ? copy.WriteNullAsync() : copy.WriteAsync(value));
            }

            await copy.WriteAsync("id");
            await copy.WriteAsync(values[7]);
        }

        await copy.CompleteAsync();
    }
}
