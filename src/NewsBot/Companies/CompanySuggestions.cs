using NewsBot.Analysis;

namespace NewsBot.Companies;

/// <summary>
/// Closest company names for a misspelt or partial name: "xiomi" → Xiaomi, "whatsap" → WhatsApp, "bank bri" → BRI.
/// Edit distance (with transpositions) against names and aliases, a word of the input equal to a name, or a prefix.
/// </summary>
public static class CompanySuggestions
{
    public static IReadOnlyList<Company> Closest(IEnumerable<Company> companies, string input, int max)
    {
        var folded = FoldedText.FoldPattern(input);
        if (folded.Length == 0 || max <= 0)
        {
            return [];
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. companies
            .Select(c => (Company: c, Score: CompanyCatalog.NamesOf(c).Min(name => Score(FoldedText.FoldPattern(name), folded, words))))
            .Where(x => x.Score < Rejected)
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Company.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(x => x.Company)];
    }

    private const double Rejected = 1.0;

    /// <summary>0 is a perfect match; below 1 is worth suggesting.</summary>
    private static double Score(string name, string input, string[] words)
    {
        if (name.Length == 0)
        {
            return Rejected;
        }

        if (name == input)
        {
            return 0;
        }

        if (name.Length >= 3 && words.Length > 1 && words.Contains(name))
        {
            return 0.1;
        }

        if (input.Length >= 3 && name.StartsWith(input, StringComparison.Ordinal))
        {
            return 0.2;
        }

        var allowed = input.Length <= 4 ? 1 : input.Length <= 8 ? 2 : 3;
        var distance = Distance(name, input);
        return distance <= allowed ? 0.3 + (distance / 10.0) : Rejected;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
