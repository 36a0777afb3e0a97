using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.History;

/// <summary>
/// The newest articles matching a search on PostgreSQL: the same ids in the same order as
/// <c>SELECT id FROM articles WHERE search @@ q ORDER BY id DESC LIMIT n</c>, without that query's slow cases. The
/// planner guesses how many articles match from per-word statistics, taking the words as independent: for words that
/// go together ("XL Axiata", "undang-undang") it fetches and sorts every one of tens of thousands of matches, and
/// near its break-even point either of its plans reads thousands of table pages.
/// Here the density is measured instead. The newest <see cref="Probe"/> articles are checked row by row; the rest is
/// read newest first in id windows sized from the density seen so far. A window is walked row by row down the id
/// index where matches are dense; where they are sparse, the GIN index's matches are ANDed with the window's pages
/// from the BRIN index on id (migration 013), so only the window's matches are read from the table.
/// </summary>
internal static class PostgresNewestMatches
{
    /// <summary>Newest articles checked row by row before anything is estimated.</summary>
    public const long Probe = 250;

    /// <summary>A window holds this many times the matches still needed, by the density seen so far.</summary>
    private const double Margin = 1.5;

    // Costs in rows walked, measured at 1,000,000 articles: a walked row ~2.8 µs; a GIN match put in the bitmap
    // ~0.55 µs; reading the window's ~300 matches from the table and the BRIN scan ~8 ms.
    private const double BitmapCostPerMatch = 0.2;
    private const double BitmapFixedCost = 3000;

    private const string Match = "search @@ websearch_to_tsquery('simple', search_fold(@q))";

    /// <summary>
    /// The ids of the newest <paramref name="limit"/> articles matching <paramref name="tsQueryText"/>
    /// (websearch_to_tsquery input) among ids up to <paramref name="newest"/>, newest first.
    /// <paramref name="rarestShare"/>: when every word is in the column statistics, the share of articles holding the
    /// rarest (how many matches the GIN index yields), else 0.
    /// </summary>
    public static async Task<List<long>> FindAsync(
        DbConnection connection, string tsQueryText, int limit, long newest, double rarestShare, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        var high = newest;
        while (ids.Count < limit && high > 0)
        {
            var (low, walk) = NextWindow(ids.Count, newest - high, limit - ids.Count, high, newest, rarestShare);
            // The whole rest through the bitmaps: "id + 0" is no index condition, so only the GIN index's matches are read.
            var range = walk || low > 0 ? "id > @low AND id <= @high" : "id + 0 <= @high";
            // One round trip per window: a transaction of its own, so the plan settings end with it.
            await using var command = connection.Command(
                $"""
                BEGIN;
                SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', @bitmap, true), set_config('enable_indexscan', @index, true);
                SELECT id FROM articles WHERE {range} AND {Match} ORDER BY id DESC LIMIT @limit;
                COMMIT;
                """,
                null,
                ("bitmap", walk ? "off" : "on"), ("index", walk ? "on" : "off"),
                ("q", tsQueryText), ("low", low), ("high", high), ("limit", limit - ids.Count));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            do
            {
                // The ids are the one single-column result; the settings have three columns, BEGIN and COMMIT none.
                while (reader.FieldCount == 1 && await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(cancellationToken));

            high = low;
        }

        return ids;
    }

    /// <summary>
    /// The next window, (<c>Low</c>, <paramref name="high"/>], and whether to walk it row by row (else through the
    /// GIN and BRIN bitmaps), after <paramref name="found"/> matches among the newest <paramref name="read"/> of
    /// <paramref name="articles"/> ids. The bitmap's cost is that of every match the GIN index yields: at least as many
    /// as the density promises, and <paramref name="rarestShare"/> of all articles when known.
    /// </summary>
    internal static (long Low, bool Walk) NextWindow(int found, long read, int needed, long high, long articles, double rarestShare)
    {
        if (read == 0)
        {
            return (Math.Max(0, high - Probe), true);
        }

        // Nothing found yet: take half a match, so the window grows with what was read.
        var density = Math.Max(found, 0.5) / read;
        var span = (long)Math.Ceiling(Margin * needed / density);
        // A window of half the rest or more is the rest: the BRIN pages of nearly every id would cost more than they save.
        var low = span >= high / 2 ? 0 : high - span;
        var walkCost = needed / density;
        var bitmapCost = BitmapFixedCost + BitmapCostPerMatch * Math.Max(density, rarestShare) * articles;
        return (low, walkCost <= bitmapCost);
    }
}
