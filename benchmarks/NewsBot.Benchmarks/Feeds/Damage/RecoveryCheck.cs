using System.Text;

namespace NewsBot.Benchmarks.Feeds.Damage;

/// <summary>An item as both parsers report it.</summary>
public sealed record CheckedItem(string? Id, string? Title, string? Link, string? Published)
{
    public (string?, string?, string?) Key => (Title, Link, Published);

    /// <summary>Nothing tells which item it was: no id, title or link.</summary>
    public bool IsShell => string.IsNullOrEmpty(Id) && string.IsNullOrEmpty(Title) && string.IsNullOrEmpty(Link);
}

/// <summary>What one damaged copy gave back, measured against the same parser's items from the undamaged original.</summary>
public sealed record RecoveryTally(int Items, int Exact, int Invented, int Untouched, int UntouchedLost, bool SpansKnown, List<CheckedItem> InventedItems);

/// <summary>
/// "Nothing invented" (issue 12): every recovered item must be a distinct item of the original (one to one), either
/// exactly or as a damaged version of it: each of its id, title, link and date the original's, lost, or (title, link
/// and id only) the original's with one local change (an insertion of at most 32 characters, also into an empty title;
/// a stretch cut out; at most 6 characters replaced, or up to 3 flipped in place); a title may also be cut short,
/// a link or id not where the document was cut short (the reader saw it end inside the address and reported it anyway;
/// a flipped quote that ends an address early is a local change). Anything else (a value the original item does not have, a
/// title that swallowed the markup after it, a second copy of an item) is invented. Items whose bytes lie wholly
/// outside the damage must come back with exactly the original's title, link and date.
/// </summary>
public static class RecoveryCheck
{
    public static RecoveryTally Tally(IReadOnlyList<CheckedItem> damaged, IReadOnlyList<CheckedItem> original, byte[] originalBytes, DamagedFeed copy)
    {
        var (exact, invented) = Pair(damaged, original, truncated: copy.Kind == "truncate");
        var spans = ItemSpans(originalBytes);
        if (spans.Count != original.Count)
        {
            return new RecoveryTally(damaged.Count, exact, invented.Count, 0, 0, SpansKnown: false, invented);
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

        return new RecoveryTally(damaged.Count, exact, invented.Count, untouched, lost, SpansKnown: true, invented);
    }

    /// <summary>
    /// Pairs each damaged item with a distinct original item: exact ones first, then those sharing a link or id, then
    /// other damaged versions, items without id, title or link last (they fit any original item not yet paired).
    /// </summary>
    public static (int Exact, List<CheckedItem> Invented) Pair(IReadOnlyList<CheckedItem> damaged, IReadOnlyList<CheckedItem> original, bool truncated)
    {
        var free = original.ToList();
        var rest = new List<CheckedItem>();
        foreach (var item in damaged)
        {
            var same = free.FindIndex(o => o.Key == item.Key);
            if (same >= 0)
            {
                free.RemoveAt(same);
            }
            else
            {
                rest.Add(item);
            }
        }

        var exact = damaged.Count - rest.Count;
        var invented = new List<CheckedItem>();
        Func<CheckedItem, CheckedItem, bool>[] passes =
        [
            (item, o) => (item.Link is { Length: > 0 } && item.Link == o.Link || item.Id is { Length: > 0 } && item.Id == o.Id) && IsVersionOf(item, o, truncated),
            (item, o) => IsVersionOf(item, o, truncated),
        ];
        var open = rest.OrderBy(i => i.IsShell).ToList();
        foreach (var pass in passes)
        {
            var next = new List<CheckedItem>();
            foreach (var item in open)
            {
                var match = free.FindIndex(o => pass(item, o));
                if (match >= 0)
                {
                    free.RemoveAt(match);
                }
                else
                {
                    next.Add(item);
                }
            }

            open = next;
        }

        invented.AddRange(open);
        return (exact, invented);
    }

    /// <summary>Each field the original's, lost, or a damaged version of the original's (see the class summary).</summary>
    public static bool IsVersionOf(CheckedItem item, CheckedItem original, bool truncated) =>
        Field(item.Title, original.Title, isTitle: true, truncated)
        && Field(item.Link, original.Link, isTitle: false, truncated)
        && Field(item.Id, original.Id, isTitle: false, truncated)
        && (item.Published is null || item.Published == original.Published);

    private const int MaxInsertion = 32;
    private const int MaxReplaced = 6;

    private static bool Field(string? value, string? original, bool isTitle, bool truncated)
    {
        if (string.IsNullOrEmpty(value) || value == original)
        {
            return true;
        }

        if (string.IsNullOrEmpty(original))
        {
            // Text the damage put into an empty title reads as a short insertion; a link or id from nowhere is invented.
            return isTitle && value.Length <= MaxInsertion;
        }

        if (original.StartsWith(value, StringComparison.Ordinal) && (isTitle || truncated))
        {
            return isTitle;
        }

        var prefix = 0;
        while (prefix < value.Length && prefix < original.Length && value[prefix] == original[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < value.Length - prefix && suffix < original.Length - prefix && value[^(suffix + 1)] == original[^(suffix + 1)])
        {
            suffix++;
        }

        // One changed stretch with most of the original kept: a short insertion, a stretch cut out (a stray '<' reading
        // text as a tag), or a few characters replaced (flipped bytes, each decoded as up to a few characters).
        var removed = original.Length - prefix - suffix;
        var inserted = value.Length - prefix - suffix;
        return prefix + suffix >= (original.Length + 1) / 2
            && (removed == 0 ? inserted <= MaxInsertion : inserted == 0 || removed <= MaxReplaced && inserted <= MaxReplaced || Flipped(value.AsSpan(prefix, inserted), original.AsSpan(prefix, removed)));
    }

    /// <summary>Up to three characters flipped in place, however far apart (the damager flips one to three bytes).</summary>
    private static bool Flipped(ReadOnlySpan<char> value, ReadOnlySpan<char> original)
    {
        if (value.Length != original.Length)
        {
            return false;
        }

        var differing = 0;
        for (var k = 0; k < value.Length; k++)
        {
            differing += value[k] == original[k] ? 0 : 1;
        }

        return differing <= 3;
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
