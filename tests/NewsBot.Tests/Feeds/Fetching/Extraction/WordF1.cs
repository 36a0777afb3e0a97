using System.Text.RegularExpressions;

namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>Word-level precision, recall and F1 of an extracted body against the gold body (words as a multiset, case folded).</summary>
internal static partial class WordF1
{
    public static (double Precision, double Recall, double F1) Score(string? extracted, string gold)
    {
        var expected = Count(gold);
        var found = Count(extracted ?? "");
        var total = found.Values.Sum();
        var wanted = expected.Values.Sum();
        var common = found.Sum(pair => Math.Min(pair.Value, expected.GetValueOrDefault(pair.Key)));
        var precision = total == 0 ? 0 : common / (double)total;
        var recall = wanted == 0 ? 0 : common / (double)wanted;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            var key = word.Value.ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
