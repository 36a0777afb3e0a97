using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Analysis;
using NewsBot.Text;

namespace NewsBot.Tests.Analysis;

/// <summary>
/// The labelled development set: TestData/devset/synthetic.jsonl (seeds by reference, synthetic articles written for
/// this repository) and TestData/devset/indosum-labels.tsv (ids and labels only; the text is read from
/// ../shared/corpora/indosum). Texts go through <see cref="ArticleCleaner"/> as feed items do.
/// </summary>
internal static partial class DevSet
{
    public static IReadOnlyList<DevItem> Load() => [.. Synthetic("synthetic.jsonl"), .. IndoSum("indosum-labels.tsv")];

    /// <summary>Held out: labelled after the rules were frozen, never used for tuning.</summary>
    public static IReadOnlyList<DevItem> LoadHeldOut() => [.. Synthetic("heldout.jsonl"), .. IndoSum("heldout-indosum-labels.tsv")];

    private static IEnumerable<DevItem> Synthetic(string file)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "devset", file)))
        {
            var d = JsonDocument.Parse(line).RootElement;
            var id = d.GetProperty("id").GetString()!;
            var published = DateTimeOffset.Parse(d.GetProperty("published").GetString()!, CultureInfo.InvariantCulture);
            ArticleInput input;
            if (d.GetProperty("source").GetString() == "seed")
            {
                var lines = File.ReadAllText(SharedFolder.Seed(id["seed-".Length..])).Split('\n');
                var titleLine = d.GetProperty("titleLine").GetInt32();
                var title = lines[titleLine].Trim();
                input = new ArticleInput(id, title, ArticleCleaner.Clean(string.Join('\n', lines.Skip(titleLine + 1)), title), Published: published);
            }
            else
            {
                var title = d.GetProperty("title").GetString();
                input = new ArticleInput(id, title, ArticleCleaner.Clean(d.GetProperty("text").GetString()!, title), Published: published);
            }

            yield return new DevItem(
                id,
                d.GetProperty("source").GetString()!,
                input,
                [.. d.GetProperty("subjects").EnumerateArray().Select(e => e.GetString()!)],
                d.GetProperty("relevant").GetBoolean(),
                Enum.Parse<IncidentType>(d.GetProperty("type").GetString()!),
                d.TryGetProperty("incident", out var incident) ? incident.GetString() : null,
                d.TryGetProperty("records", out var records) ? records.GetInt64() : null,
                d.TryGetProperty("dataTypes", out var types) ? [.. types.EnumerateArray().Select(e => e.GetString()!)] : null);
        }
    }

    private static IEnumerable<DevItem> IndoSum(string labelFile)
    {
        var labels = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "devset", labelFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f);
        var found = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(SharedFolder.Corpus("indosum"), "tune-*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                var d = JsonDocument.Parse(line).RootElement;
                var id = d.GetProperty("id").GetString()!;
                if (labels.ContainsKey(id) && !found.ContainsKey(id))
                {
                    found[id] = Detokenize(d.GetProperty("paragraphs"));
                }
            }
        }

        foreach (var (id, f) in labels)
        {
            var relevant = f[2] == "1";
            yield return new DevItem(
                "indosum-" + id,
                "indosum",
                new ArticleInput(id, TitleFromId(id), ArticleCleaner.Clean(found[id], TitleFromId(id))),
                [.. f[1].Split(',', StringSplitOptions.RemoveEmptyEntries)],
                relevant,
                Enum.Parse<IncidentType>(f[3]),
                relevant ? "indosum-" + id : null,
                null,
                null);
        }
    }

    /// <summary>
    /// IndoSum has no title field, but its ids carry the slug of the title (lower case, cut at 50 characters):
    /// "1496599200-daftar-tugas-bssn-indonesia" → "daftar tugas bssn indonesia". Feeds always give a title.
    /// </summary>
    internal static string TitleFromId(string id) => id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..].Replace('-', ' ');

    /// <summary>IndoSum is tokenised: rejoin tokens without spaces before closing punctuation or after opening brackets.</summary>
    internal static string Detokenize(JsonElement paragraphs)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs.EnumerateArray())
        {
            var sentences = paragraph.EnumerateArray().Select(s => string.Join(' ', s.EnumerateArray().Select(t => t.GetString())));
            var joined = ClosingRegex().Replace(OpeningRegex().Replace(string.Join(' ', sentences), "$1"), "$1");
            text.Append(joined).Append("\n\n");
        }

        return text.ToString();
    }

    [GeneratedRegex(@" ([,.;:!?%)\]])")]
    private static partial Regex ClosingRegex();

    [GeneratedRegex(@"([(\[]) ")]
    private static partial Regex OpeningRegex();
}
