using System.Text;
using NewsBot.Benchmarks.Feeds.Damage;
using NewsBot.Feeds;

namespace NewsBot.Tests.Feeds.Recovery;

/// <summary>
/// A small seeded damaged corpus (the same generator as the side-by-side run against feedparser): every item
/// that ended before the damage is recovered exactly as from the undamaged original, and nothing crashes.
/// </summary>
public sealed class DamagedCorpusRecoveryTests
{
    private const int Seed = 7;
    private const int Copies = 200;

    [SharedDataFact("corpora/feeds/gofeed", "corpora/feeds/feedparser")]
    public void Parse_SeededDamagedCorpus_ItemsBeforeTheDamageExactNoCrash()
    {
        var files = Directory.EnumerateFiles(SharedFolder.Corpus("feeds", "gofeed", "testdata"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(SharedFolder.Corpus("feeds", "feedparser", "tests"), "*.xml", SearchOption.AllDirectories))
            .Where(f => FeedParser.Parse(File.ReadAllBytes(f)).Items.Count >= 3) // most suite files hold one item: too few to cut between
            .ToList();
        var failures = new List<string>();
        var checkedItems = 0;

        foreach (var copy in FeedDamager.Corpus(files, Copies, Seed))
        {
            var damaged = FeedParser.Parse(copy.Bytes);
            if (damaged.Error?.StartsWith("Unexpected", StringComparison.Ordinal) == true)
            {
                failures.Add($"{copy.Original} ({copy.Kind}): {damaged.Error}");
                continue;
            }

            if (copy.Kind == "flip")
            {
                continue; // a flipped byte may land anywhere, even in the root tag: only "never crashes" holds
            }

            var original = File.ReadAllBytes(copy.Original);
            var expected = FeedParser.Parse(original).Items;
            var before = ItemsEndedBefore(original, copy.Position, expected.Count);
            for (var i = 0; i < before; i++)
            {
                checkedItems++;
                if (i >= damaged.Items.Count || Key(damaged.Items[i]) != Key(expected[i]))
                {
                    failures.Add($"{copy.Original} ({copy.Kind} at {copy.Position}): item {i} {Key(expected[i])} became {(i < damaged.Items.Count ? Key(damaged.Items[i]) : "missing")}");
                }
            }
        }

        Assert.True(checkedItems > 100, $"only {checkedItems} items were checked");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Items whose end tag lies before the damage; 0 when end tags and items cannot be matched one to one.</summary>
    private static int ItemsEndedBefore(byte[] original, int position, int items)
    {
        var text = Encoding.Latin1.GetString(original);
        var ends = new List<int>();
        foreach (var tag in new[] { "</item>", "</entry>" })
        {
            for (var at = text.IndexOf(tag, StringComparison.Ordinal); at >= 0; at = text.IndexOf(tag, at + 1, StringComparison.Ordinal))
            {
                ends.Add(at + tag.Length);
            }
        }

        return ends.Count == items ? ends.Count(end => end <= position) : 0;
    }

    private static string Key(FeedItem item) => $"«{item.Title}» «{item.Link}» «{item.Published:O}» «{item.Updated:O}»";
}
