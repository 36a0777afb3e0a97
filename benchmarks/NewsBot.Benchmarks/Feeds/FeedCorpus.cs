using NewsBot.TestKit;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>The gofeed + feedparser feed files (../shared/corpora), loaded once into memory.</summary>
internal static class FeedCorpus
{
    private static readonly Lazy<IReadOnlyList<byte[]>> Lazy = new(Load);

    public static IReadOnlyList<byte[]> Files => Lazy.Value;

    public static long TotalBytes => Files.Sum(f => (long)f.Length);

    private static List<byte[]> Load()
    {
        var feeds = SharedFolder.Corpus("feeds");
        var gofeed = Directory.EnumerateFiles(Path.Combine(feeds, "gofeed", "testdata"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || IsJsonFeedInput(f));
        var feedparser = Directory.EnumerateFiles(Path.Combine(feeds, "feedparser", "tests"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal));
        return [.. gofeed.Concat(feedparser).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    // gofeed keeps JSON Feed inputs beside their expectations (X.json + X_expected.json) and expected JSON beside XML inputs.
    private static bool IsJsonFeedInput(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal)
        && !path.EndsWith("_expected.json", StringComparison.Ordinal)
        && !File.Exists(Path.ChangeExtension(path, ".xml"));

}
