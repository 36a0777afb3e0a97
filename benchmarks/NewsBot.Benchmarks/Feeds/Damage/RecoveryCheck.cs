using System.Text;

namespace NewsBot.Benchmarks.Feeds.Damage;

/// <summary>An item as both parsers report it.</summary>
public sealed record CheckedItem(string? Id, string? Title, string? Link, string? Published)
{
    public (string?, string?, string?) Key => (Title, Link, Published);
}

/// <summary>What one damaged copy gave back, measured against the same parser's items from the undamaged original.</summary>
public sealed record RecoveryTally(int Items, int Exact, int Invented, int Untouched, int UntouchedLost, bool SpansKnown);

/// <summary>
/// "Nothing invented" (issue 12): every recovered item must be an item of the original, recognised by link or id,
/// or a damaged version of one (its title part of the original's title); items whose bytes lie wholly outside the
/// damage must come back with exactly the original's title, link and date.
/// </summary>
public static class RecoveryCheck
{
    public static RecoveryTally Tally(IReadOnlyList<CheckedItem> damaged, IReadOnlyList<CheckedItem> original, byte[] originalBytes, DamagedFeed copy)
    {
        var left = original.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.Count());
        var exact = 0;
        var invented = 0;
        foreach (var item in damaged)
        {
            if (left.TryGetValue(item.Key, out var n) && n > 0)
            {
                left[item.Key] = n - 1;
                exact++;
            }
            else if (!original.Any(o => Recognised(item, o)))
            {
                invented++;
            }
        }

        var spans = ItemSpans(originalBytes);
        if (spans.Count != original.Count)
        {
            return new RecoveryTally(damaged.Count, exact, invented, 0, 0, SpansKnown: false);
        }

        var back = damaged.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.Count());
        int untouched = 0, lost = 0;
        for (var i = 0; i < original.Count; i++)
        {
            var (start, end) = spans[i];
            if (end > copy.Position && start < copy.End || copy.End == copy.Position && start < copy.Position && copy.Position < end)
            {
                continue; // the damage touched this item
            }

            untouched++;
            if (back.TryGetValue(original[i].Key, out var n) && n > 0)
            {
                back[original[i].Key] = n - 1;
            }
            else
            {
                lost++;
            }
        }

        return new RecoveryTally(damaged.Count, exact, invented, untouched, lost, SpansKnown: true);
    }

    /// <summary>
    /// Same link or id, or a title or link that is the original's with a local change: cut short, cut into, a few
    /// bytes flipped or a short insertion (the damage kinds of <see cref="FeedDamager"/>). An item with neither
    /// (all of id, title and link lost) is recognised only where the original has such an item too.
    /// </summary>
    public static bool Recognised(CheckedItem item, CheckedItem original) =>
        item.Link is not null && item.Link == original.Link
        || item.Id is not null && item.Id == original.Id
        || LocallyChanged(item.Title, original.Title)
        || LocallyChanged(item.Link, original.Link)
        || item is { Link: null, Id: null } && original is { Title: null or "", Link: null, Id: null } && (item.Title?.Length ?? 0) <= MaxInsertion;

    private const int MaxInsertion = 32;

    private static bool LocallyChanged(string? title, string? original)
    {
        if (string.IsNullOrEmpty(title) || string.IsNullOrEmpty(original))
        {
            return false;
        }

        if (original.Contains(title, StringComparison.Ordinal) || title.Contains(original, StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = 0;
        while (prefix < title.Length && prefix < original.Length && title[prefix] == original[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < title.Length - prefix && suffix < original.Length - prefix && title[^(suffix + 1)] == original[^(suffix + 1)])
        {
            suffix++;
        }

        // Most of the original kept around one changed stretch of at most an insertion's length.
        return prefix + suffix >= (original.Length + 1) / 2 && title.Length - prefix - suffix <= MaxInsertion;
    }

    /// <summary>Byte ranges of the &lt;item&gt; and &lt;entry&gt; elements, in document order.</summary>
    public static List<(int Start, int End)> ItemSpans(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes); // one char per byte: indexes are byte offsets
        var spans = new List<(int, int)>();
        foreach (var name in new[] { "item", "entry" })
        {
            var open = 0;
            while ((open = text.IndexOf("<" + name, open, StringComparison.Ordinal)) >= 0)
            {
                var next = open + name.Length + 1;
                if (next < text.Length && text[next] is ' ' or '>' or '\n' or '\r' or '\t')
                {
                    var close = text.IndexOf("</" + name + ">", next, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return [];
                    }

                    spans.Add((open, close + name.Length + 3));
                    open = close;
                }
                else
                {
                    open = next;
                }
            }
        }

        return [.. spans.OrderBy(s => s.Item1)];
    }
}
