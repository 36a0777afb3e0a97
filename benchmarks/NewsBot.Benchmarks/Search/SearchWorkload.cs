using System.Diagnostics;
using NewsBot.History;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// Varied queries in a fixed pseudo-random order: /insiden for popular and rare companies, with pages, years and
/// "30 hari"; /insiden #id; /terbaru with 5–20; /cari with the most common words, mid-frequency and rare words,
/// company names, two- and three-word queries, unknown words and FTS syntax typed as text, on pages 1–3.
/// </summary>
internal sealed class SearchWorkload(HistoryStore history, ArticleSearch search, SearchCorpus corpus, int seed)
{
    private const int PageSize = 5;
    private static readonly string[] Hostile = ["\"data\" OR *", "NEAR(data bocor)", "-data", "title:bocor", "data*", "^peretas", "\"\"\"", "bocor) OR (data"];

    /// <summary>What the last built /cari query searches for, to name the slowest ones.</summary>
    private string _searched = "";

    public async Task<Dictionary<string, List<(double Milliseconds, int Results, string Query)>>> RunAsync(int count, bool record)
    {
        var random = new Random(seed + (record ? 1 : 2));
        var timings = new Dictionary<string, List<(double, int, string)>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            _searched = "";
            var kind = random.Next(10);
            var (command, run) = kind switch
            {
                < 3 => ("/insiden", Incidents(random)),
                3 => ("/insiden#", Detail(random)),
                4 => ("/terbaru", Latest(random)),
                _ => ("/cari", Search(random)),
            };
            var watch = Stopwatch.StartNew();
            var results = await run();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (record)
            {
                (timings.TryGetValue(command, out var list) ? list : timings[command] = []).Add((elapsed, results, _searched));
            }
        }

        return timings;
    }

    private Func<Task<int>> Incidents(Random random)
    {
        var company = SearchSeed.Slug(SearchCorpus.Companies[random.Next(SearchCorpus.Companies.Length)]);
        var page = random.Next(4) == 0 ? random.Next(2, 30) : 1;
        var year = new DateTimeOffset(random.Next(2020, 2027), 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var range = random.Next(3) switch
        {
            0 => TimeRange.All,
            1 => new TimeRange(year, year.AddYears(1)),
            _ => new TimeRange(SearchSeed.End.AddDays(-30), null),
        };
        return async () => (await history.CompanyAsync(company, range, page, PageSize, CancellationToken.None)).Items.Count;
    }

    private Func<Task<int>> Detail(Random random)
    {
        var id = random.Next(1, 20_000);
        return async () => await history.DetailAsync(id, CancellationToken.None) is { } detail ? detail.Incident.Articles.Count : 0;
    }

    private Func<Task<int>> Latest(Random random)
    {
        var count = random.Next(5, 21);
        return async () => (await history.LatestAsync(count, CancellationToken.None)).Count;
    }

    private Func<Task<int>> Search(Random random)
    {
        var vocabulary = corpus.Vocabulary;
        var query = random.Next(8) switch
        {
            0 => vocabulary[random.Next(5)],                                               // in nearly every article
            1 => vocabulary[random.Next(5, SearchCorpus.CommonCount)],                     // common news words
            2 => SearchCorpus.Companies[random.Next(SearchCorpus.Companies.Length)],       // a company name
            3 => vocabulary[random.Next(vocabulary.Count - 20_000, vocabulary.Count)],     // rare: a few articles
            4 => $"{vocabulary[random.Next(30)]} {vocabulary[random.Next(30, 2_000)]}",    // common + mid
            5 => $"{SearchCorpus.Companies[random.Next(SearchCorpus.Companies.Length)]} {vocabulary[random.Next(10, 40)]} {vocabulary[random.Next(40)]}",
            6 => "tidakadasamasekali" + random.Next(1000),                                 // no match
            _ => Hostile[random.Next(Hostile.Length)],
        };
        var page = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        _searched = $"{query} (page {page})";
        return async () => (await search.SearchAsync(query, page, PageSize, CancellationToken.None)).Hits.Count;
    }
}
