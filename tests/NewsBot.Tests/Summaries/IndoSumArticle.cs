using System.Text;
using System.Text.Json;

namespace NewsBot.Tests.Summaries;

/// <summary>One IndoSum article with its sentences detokenised (the text is pre-split and pre-tokenised).</summary>
internal sealed record IndoSumArticle(string Id, string Category, IReadOnlyList<string> Sentences, string Summary)
{
    /// <summary>All tune-*.jsonl files in name order: the only IndoSum files tuning may look at.</summary>
    public static IReadOnlyList<IndoSumArticle> LoadTuneSet()
        => Directory.GetFiles(SharedFolder.Corpus("indosum"), "tune-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(Parse).ToList();

    private static IndoSumArticle Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var sentences = root.GetProperty("paragraphs").EnumerateArray()
            .SelectMany(p => p.EnumerateArray())
            .Select(s => Detokenize(s.EnumerateArray().Select(t => t.GetString() ?? string.Empty)))
            .ToList();
        var summary = string.Join(' ', root.GetProperty("summary").EnumerateArray()
            .Select(s => Detokenize(s.EnumerateArray().Select(t => t.GetString() ?? string.Empty))));
        return new IndoSumArticle(root.GetProperty("id").GetString()!, root.GetProperty("category").GetString()!, sentences, summary);
    }

    /// <summary>No space before , . ) ! ? ; : %, none after (, straight quotes paired, "e - KTP" → "e-KTP", "- -" → "--".</summary>
    internal static string Detokenize(IEnumerable<string> tokens)
    {
        var list = tokens.Where(t => t.Length > 0).ToList();
        var sb = new StringBuilder();
        var quoteOpen = false;
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            var attach = sb.Length == 0
                || t is "," or "." or ")" or "!" or "?" or ";" or ":" or "%" or "'s"
                || sb[^1] == '(';
            if (t == "\"")
            {
                attach = sb.Length == 0 || quoteOpen;
                quoteOpen = !quoteOpen;
            }
            else if (sb.Length > 0 && sb[^1] == '"' && quoteOpen)
            {
                attach = true;
            }

            if (t == "-" && i > 0 && i + 1 < list.Count && IsWord(list[i - 1]) && IsWord(list[i + 1])
                && (char.IsLower(list[i + 1][0]) || char.IsLower(list[i - 1][^1]) && list[i - 1].Length == 1))
            {
                sb.Append('-');
                sb.Append(list[++i]);
                continue;
            }

            if (t == "-" && sb.Length > 0 && sb[^1] == '-')
            {
                sb.Append('-');
                continue;
            }

            if (!attach)
            {
                sb.Append(' ');
            }

            sb.Append(t);
        }

        return sb.ToString();
    }

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]) && char.IsLetterOrDigit(token[^1]);
}
