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
    public const long Probe = 1000;

    /// <summary>A window holds this many times the matches still needed, by the density seen so far.</summary>
    private const double Margin = 1.5;

    // Costs in rows walked, measured at 1,000,000 articles: a walked row ~2.8 µs; a GIN match put in the bitmap
    // ~0.55 µs; reading the window's ~300 matches from the table and the BRIN scan ~8 ms.
    private const double BitmapCostPerMatch = 0.2;
    private const double BitmapFixedCost = 3000;

    private const string Match = "search @@ websearch_to_tsquery('simple', search_fold(@q))";

    /// <summary>The ids of the newest <paramref name="limit"/> articles matching <paramref name="tsQueryText"/> (websearch_to_tsquery input), newest first.</summary>
    public static async Task<List<long>> FindAsync(DbConnection connection, string tsQueryText, int limit, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        if (limit <= 0 || await connection.ScalarAsync("SELECT MAX(id) FROM articles", cancellationToken: cancellationToken) is not long newest)
        {
            return ids;
        }

        // One transaction: the plan settings below are local to it.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var high = newest;
        while (ids.Count < limit && high > 0)
        {
            var (low, walk) = NextWindow(ids.Count, newest - high, limit - ids.Count, high, newest);
            await connection.ExecuteAsync(
                "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', @bitmap, true), set_config('enable_indexscan', @index, true)",
                transaction,
                [("bitmap", walk ? "off" : "on"), ("index", walk ? "on" : "off")],
                cancellationToken);
            ids.AddRange(await connection.QueryAsync(
                $"SELECT id FROM articles WHERE id > @low AND id <= @high AND {Match} ORDER BY id DESC LIMIT @limit",
                r => r.GetInt64(0),
                transaction,
                [("q", tsQueryText), ("low", low), ("high", high), ("limit", limit - ids.Count)],
                cancellationToken));
            high = low;
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// The next window, (<c>Low</c>, <paramref name="high"/>], and whether to walk it row by row (else through the
    /// GIN and BRIN bitmaps), after <paramref name="found"/> matches among the newest <paramref name="read"/> of
    /// <paramref name="articles"/> ids.
    /// </summary>
    internal static (long Low, bool Walk) NextWindow(int found, long read, int needed, long high, long articles)
    {
        if (read == 0)
        {
            return (Math.Max(0, high - Probe), true);
        }

        if (found == 0)
        {
            // Nothing among the newest: few matches in all, so fetching every one through the GIN index is cheap.
            return (0, false);
        }

        var density = (double)found / read;
        var low = Math.Max(0, high - (long)Math.Ceiling(Margin * needed / density));
        var walkCost = needed / density;
        var bitmapCost = BitmapFixedCost + BitmapCostPerMatch * density * articles;
        return (low, walkCost <= bitmapCost);
    }
}
