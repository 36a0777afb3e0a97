using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Tests.Analysis;

namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>
/// The extraction evaluation set (TestData/extraction, see its README): each entry of pages.json pours a real article
/// text (seed, IndoSum, or a repository-written devset article) into a page template modelled on an outlet's markup.
/// The gold body is the inserted prose: "Baca juga" lines and inline "(Baca juga: …)" links, reporter codes and the
/// paragraphs named in "skip" are rendered as the outlet would but are not gold.
/// </summary>
internal static partial class ExtractionSet
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "extraction");

    /// <summary>The seeds and IndoSum texts live in ../shared: without it the set cannot be built (a failure under CI=true).</summary>
    public static IReadOnlyList<ExtractionPage> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "pages.json")));
        var indosum = IndoSumTexts(manifest.RootElement.EnumerateArray()
            .Select(e => e.GetProperty("text").GetString()!)
            .Where(t => t.StartsWith("indosum:", StringComparison.Ordinal))
            .Select(t => t["indosum:".Length..])
            .ToHashSet(StringComparer.Ordinal));
        return [.. manifest.RootElement.EnumerateArray().Select(entry => Build(entry, indosum))];
    }

    private static ExtractionPage Build(JsonElement entry, Dictionary<string, (string Title, List<string> Paragraphs)> indosum)
    {
        var source = entry.GetProperty("text").GetString()!;
        var (title, paragraphs) = source.Split(':', 2) switch
        {
            ["seed", var prefix] => Seed(prefix, entry.GetProperty("title").GetInt32(), entry.GetProperty("lines")),
            ["indosum", var id] => indosum[id],
            ["devset", var id] => DevsetArticle(id),
            _ => throw new InvalidDataException("Unknown text source " + source),
        };
        if (entry.TryGetProperty("skip", out var skip))
        {
            var starts = skip.EnumerateArray().Select(s => s.GetString()!).ToList();
            paragraphs = [.. paragraphs.Where(p => !starts.Any(s => p.StartsWith(s, StringComparison.Ordinal)))];
        }

        var template = PageTemplate.Load(Path.Combine(Folder, "templates", entry.GetProperty("template").GetString()!));
        var gold = paragraphs.Select(GoldText).Where(p => p.Length > 0);
        return new ExtractionPage(
            entry.GetProperty("id").GetString()!,
            template.Name,
            title,
            template.Render(title, paragraphs),
            string.Join("\n\n", gold),
            entry.GetProperty("floor").GetDouble());
    }

    /// <summary>What a reader keeps of a paragraph: no read-also links, no trailing reporter code.</summary>
    private static string GoldText(string paragraph)
    {
        if (ReadAlsoLine().IsMatch(paragraph))
        {
            return "";
        }

        var text = InlineReadAlso().Replace(paragraph, "");
        return ReporterCode().Replace(text, "").Trim();
    }

    private static (string, List<string>) Seed(string prefix, int titleLine, JsonElement lines)
    {
        var nonBlank = File.ReadAllLines(Directory.GetFiles(Path.Combine(SharedFolder.Root, "seeds"), prefix + "_*.txt").Single())
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var from = lines[0].GetInt32();
        var to = lines[1].GetInt32();
        return (nonBlank[titleLine - 1], nonBlank[(from - 1)..to]);
    }

    private static (string, List<string>) DevsetArticle(string id)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "devset", "synthetic.jsonl")))
        {
            var d = JsonDocument.Parse(line).RootElement;
            if (d.GetProperty("id").GetString() == id)
            {
                var paragraphs = d.GetProperty("text").GetString()!.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0);
                return (d.GetProperty("title").GetString()!, [.. paragraphs]);
            }
        }

        throw new InvalidDataException("No devset article " + id);
    }

    private static Dictionary<string, (string Title, List<string> Paragraphs)> IndoSumTexts(HashSet<string> ids)
    {
        var found = new Dictionary<string, (string, List<string>)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedFolder.Corpus("indosum"), "tune-*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var d = JsonDocument.Parse(line);
                var id = d.RootElement.GetProperty("id").GetString()!;
                if (ids.Contains(id) && !found.ContainsKey(id))
                {
                    var paragraphs = DevSet.Detokenize(d.RootElement.GetProperty("paragraphs"))
                        .Split("\n\n").Select(p => Spaces().Replace(p, " ").Trim()).Where(p => p.Length > 0);
                    found[id] = (TitleFromUrl(d.RootElement.GetProperty("source_url").GetString()!), [.. paragraphs]);
                }
            }
        }

        return found;
    }

    // IndoSum has no title; the URL slug is the outlet's headline ("…/menang-6-0-pada-laga-debut.html").
    private static string TitleFromUrl(string url)
    {
        var slug = new Uri(url).Segments.Last().Trim('/').Replace(".html", "", StringComparison.Ordinal);
        var words = slug.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.All(char.IsAsciiDigit));
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', words));
    }

    [GeneratedRegex(@"^(?:Baca|Lihat)\s+juga\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ReadAlsoLine();

    [GeneratedRegex(@"\s*\(\s*Baca\s+juga\s*:[^)]*\)", RegexOptions.IgnoreCase)]
    internal static partial Regex InlineReadAlso();

    [GeneratedRegex(@"\s*(?:\((?:[A-Za-z]{1,8}\s*[/-]\s*)*[A-Za-z0-9]{1,8}\)|\[[a-z]{2,5}\]|\(AFP/OL-4\))$")]
    private static partial Regex ReporterCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
