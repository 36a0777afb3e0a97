using System.Diagnostics;
using System.Globalization;
using NewsBot.TestKit;

namespace NewsBot.Benchmarks.Feeds.Libraries;

/// <summary>
/// `--feed-libraries`: NewsBot's parser, System.ServiceModel.Syndication and CodeHollow.FeedReader over the gofeed and
/// feedparser XML files of ../shared/corpora/feeds (the parse-speed corpus): documents parsed, items, exceptions, the
/// suites' title/link/date expectations met, and CPU time (best of three warm passes). Prints a Markdown table.
/// </summary>
internal static class FeedLibraryRun
{
    private const int Passes = 3;

    public static int Run()
    {
        var feeds = SharedFolder.Corpus("feeds");
        var files = Directory.EnumerateFiles(Path.Combine(feeds, "gofeed"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(feeds, "feedparser"), "*.xml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var documents = files.Select(File.ReadAllBytes).ToList();
        var checks = SuiteCheck.Load();
        var checkInputs = checks.Select(c => c.Input).Distinct().ToDictionary(p => p, File.ReadAllBytes);

        Console.WriteLine($"{files.Count} files ({documents.Sum(d => (long)d.Length) / 1024} KiB); {checks.Count(c => c.Suite == "gofeed")} gofeed pairs, {checks.Count(c => c.Suite == "feedparser")} feedparser title/link checks");
        Console.WriteLine("| library | documents parsed | items | exceptions | gofeed pairs agreeing | feedparser checks met | CPU ms (best of 3) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var library in FeedLibrary.All)
        {
            var (parsed, items, exceptions) = ReadAll(library, documents);
            var agreed = checks.GroupBy(c => c.Suite).ToDictionary(
                g => g.Key,
                g => g.Count(c => TryRead(library, checkInputs[c.Input]) is { } feed && c.Agrees(feed)));
            var cpu = Enumerable.Range(0, Passes).Min(_ => CpuOf(() => ReadAll(library, documents)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {library.Name} | {parsed} | {items} | {exceptions} | {agreed["gofeed"]}/{checks.Count(c => c.Suite == "gofeed")} | {agreed["feedparser"]}/{checks.Count(c => c.Suite == "feedparser")} | {cpu.TotalMilliseconds:F0} |"));
        }

        return 0;
    }

    private static (int Parsed, int Items, int Exceptions) ReadAll(FeedLibrary library, List<byte[]> documents)
    {
        int parsed = 0, items = 0, exceptions = 0;
        foreach (var document in documents)
        {
            try
            {
                if (library.Read(document) is { } feed)
                {
                    parsed++;
                    items += feed.Items.Count;
                }
            }
            catch (Exception)
            {
                exceptions++;
            }
        }

        return (parsed, items, exceptions);
    }

    private static LibraryFeed? TryRead(FeedLibrary library, byte[] document)
    {
        try
        {
            return library.Read(document);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static TimeSpan CpuOf(Action action)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }
}
