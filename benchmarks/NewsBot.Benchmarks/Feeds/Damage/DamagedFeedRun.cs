using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsBot.TestKit;

namespace NewsBot.Benchmarks.Feeds.Damage;

/// <summary>
/// Side by side on a seeded damaged corpus: `newsbot feed parse` and feedparser 6 (python3-feedparser).
/// Each parser's items from a damaged copy are compared with its own items from the undamaged original
/// (<see cref="RecoveryCheck"/>: exact items, invented items, items the damage did not touch that were lost or changed).
/// dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --damaged-feeds [--seed 1] [--count 1300] [--show-invented]
/// </summary>
internal static class DamagedFeedRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seed = Option(args, "--seed", 1);
        var count = Option(args, "--count", 1300);
        var feeds = Path.Combine(SharedFolder.RepositoryRoot, "..", "shared", "corpora", "feeds");
        var files = Directory.EnumerateFiles(feeds, "*.xml", SearchOption.AllDirectories).ToList();
        var folder = Path.Combine(Path.GetTempPath(), $"newsbot-damaged-{seed}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var copies = new List<(string Path, DamagedFeed Feed)>();
        foreach (var feed in FeedDamager.Corpus(files, count, seed))
        {
            var path = Path.Combine(folder, $"{copies.Count:D4}-{feed.Kind}.xml");
            await File.WriteAllBytesAsync(path, feed.Bytes);
            copies.Add((path, feed));
        }

        var originals = copies.Select(c => c.Feed.Original).Distinct().ToList();
        Console.WriteLine($"{copies.Count} damaged copies (seed {seed}) of {originals.Count} files in {folder}");
        Console.WriteLine("| parser | files with ≥1 item | items | items as in the original | items differing | invented | untouched items | untouched lost or changed | crashes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, parse) in new (string, Func<IReadOnlyList<string>, Task<Dictionary<string, Result>>>)[] { ("newsbot feed parse", NewsBotAsync), ("feedparser 6.0.10", FeedparserAsync) })
        {
            var damaged = await parse([.. copies.Select(c => c.Path)]);
            var clean = await parse(originals);
            var row = Compare(copies.Select(c => (c.Feed, damaged[c.Path], clean[c.Feed.Original])));
            Console.WriteLine($"| {name} | {row.Files} | {row.Items} | {row.Same} | {row.Items - row.Same} | {row.Invented} | {row.Untouched} | {row.UntouchedLost} | {row.Crashes} |");
            if (args.Contains("--show-invented"))
            {
                foreach (var example in row.Examples)
                {
                    Console.WriteLine("  " + example);
                }
            }
        }

        return 0;
    }

    private sealed record Result(IReadOnlyList<CheckedItem> Items, bool Crashed);

    private sealed record Row(int Files, int Items, int Same, int Invented, int Untouched, int UntouchedLost, int Crashes, List<string> Examples);

    private static Row Compare(IEnumerable<(DamagedFeed Copy, Result Damaged, Result Original)> copies)
    {
        int files = 0, items = 0, same = 0, invented = 0, untouched = 0, lost = 0, crashes = 0;
        var examples = new List<string>();
        foreach (var (copy, damaged, original) in copies)
        {
            crashes += damaged.Crashed ? 1 : 0;
            files += damaged.Items.Count > 0 ? 1 : 0;
            var tally = RecoveryCheck.Tally(damaged.Items, original.Items, File.ReadAllBytes(copy.Original), copy);
            items += tally.Items;
            same += tally.Exact;
            invented += tally.Invented;
            untouched += tally.Untouched;
            lost += tally.UntouchedLost;
            if (tally.Invented + tally.UntouchedLost > 0)
            {
                examples.Add($"{copy.Original} {copy.Kind} at {copy.Position}..{copy.End}: invented {tally.Invented}, untouched lost {tally.UntouchedLost}");
            }
        }

        return new Row(files, items, same, invented, untouched, lost, crashes, examples);
    }

    private static CheckedItem Item(JsonElement item) =>
        new(Text(item, "id"), Text(item, "title"), Text(item, "link"), Text(item, "published"));

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<Dictionary<string, Result>> NewsBotAsync(IReadOnlyList<string> paths)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        start.ArgumentList.Add("feed");
        start.ArgumentList.Add("parse");
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        var lines = await RunAsync(start, null);
        return Collect(paths, lines, "source", line => false);
    }

    private static async Task<Dictionary<string, Result>> FeedparserAsync(IReadOnlyList<string> paths)
    {
        var script = Path.Combine(SharedFolder.RepositoryRoot, "benchmarks", "NewsBot.Benchmarks", "Feeds", "Damage", "feedparser_items.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script]) { RedirectStandardOutput = true, RedirectStandardInput = true };
        var lines = await RunAsync(start, string.Join('\n', paths) + "\n");
        return Collect(paths, lines, "path", line => line.GetProperty("error").GetString()?.StartsWith("crash", StringComparison.Ordinal) == true);
    }

    /// <summary>One result per path; a path without an output line counts as a crash (the process died on it).</summary>
    private static Dictionary<string, Result> Collect(IReadOnlyList<string> paths, List<string> lines, string pathKey, Func<JsonElement, bool> crashed)
    {
        var results = paths.Distinct().ToDictionary(p => p, _ => new Result([], Crashed: true));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var items = root.GetProperty("items").EnumerateArray().Select(Item).ToList();
            results[root.GetProperty(pathKey).GetString()!] = new Result(items, crashed(root));
        }

        return results;
    }

    private static async Task<List<string>> RunAsync(ProcessStartInfo start, string? input)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var reading = Task.Run(async () =>
        {
            var lines = new List<string>();
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Add(line);
            }

            return lines;
        });
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync();
        return await reading;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
