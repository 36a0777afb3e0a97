using System.Text;

namespace NewsBot.Benchmarks.Feeds.Damage;

/// <summary>
/// One damaged copy of a corpus file. The damage covers bytes <see cref="Position"/> to <see cref="End"/> (exclusive) of
/// the original: to its end when cut short, the flipped bytes, and no byte at all (End = Position) for an insertion.
/// </summary>
public sealed record DamagedFeed(string Original, string Kind, int Position, byte[] Bytes, int End);

/// <summary>
/// Seeded damage as real feeds suffer it: cut short, bytes flipped, markup inserted, an unescaped '&amp;' or
/// '&lt;' in text. The same seed and files always give the same copies. Shared by the side-by-side run in
/// benchmarks and the recovery tests.
/// </summary>
public static class FeedDamager
{
    public static readonly string[] Kinds = ["truncate", "flip", "markup", "ampersand", "less-than"];

    private static readonly string[] Markup = ["<b>", "</p>", "<br>", "<div class=\"x\">", "</span>", "<p>", "<script>alert(1)</script>", "<img src=x>"];
    private static readonly string[] Ampersands = [" AT&T ", " & ", "&", " R&D", " &copy "];
    private static readonly string[] LessThans = [" a < b ", "<3", "<", " x<y ", "<-- "];

    /// <summary><paramref name="count"/> copies of files drawn (seeded) from <paramref name="files"/>; kinds take turns.</summary>
    public static IEnumerable<DamagedFeed> Corpus(IReadOnlyList<string> files, int count, int seed)
    {
        var random = new Random(seed);
        var order = files.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(order);
        for (var i = 0; i < count && order.Length > 0; i++)
        {
            var file = order[i % order.Length];
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 2)
            {
                continue;
            }

            yield return Damage(file, bytes, Kinds[i % Kinds.Length], random);
        }
    }

    public static DamagedFeed Damage(string name, byte[] original, string kind, Random random)
    {
        switch (kind)
        {
            case "truncate":
                var cut = random.Next(original.Length / 10, original.Length * 95 / 100 + 1);
                return new DamagedFeed(name, kind, cut, original[..cut], original.Length);
            case "flip":
                var copy = (byte[])original.Clone();
                var first = random.Next(copy.Length);
                copy[first] = (byte)random.Next(256);
                var last = first;
                for (var extra = random.Next(3); extra > 0; extra--)
                {
                    var flipped = random.Next(first, copy.Length);
                    copy[flipped] = (byte)random.Next(256);
                    last = Math.Max(last, flipped);
                }

                return new DamagedFeed(name, kind, first, copy, last + 1);
            default:
                var pool = kind switch { "markup" => Markup, "ampersand" => Ampersands, _ => LessThans };
                var at = AfterTag(original, random);
                var insert = Encoding.UTF8.GetBytes(pool[random.Next(pool.Length)]);
                return new DamagedFeed(name, kind, at, [.. original.AsSpan(0, at), .. insert, .. original.AsSpan(at)], at);
        }
    }

    /// <summary>A random position just after a '&gt;', where text or the next tag starts.</summary>
    private static int AfterTag(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length);
        var index = Array.IndexOf(bytes, (byte)'>', start);
        if (index < 0)
        {
            index = Array.IndexOf(bytes, (byte)'>');
        }

        return index < 0 ? start : index + 1;
    }
}
