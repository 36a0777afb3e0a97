using System.Text;

namespace NewsBot.Tests.Summaries;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F1 with IndoSum's preprocessing: lower case, digits mapped to 0, punctuation removed.
/// A plain re-implementation (summary-level LCS, no stemming), not ROUGE-1.5.5: compare systems under this scorer only.
/// </summary>
internal static class Rouge
{
    public static RougeScore Score(string candidate, string reference)
    {
        var c = Tokens(candidate);
        var r = Tokens(reference);
        return new RougeScore(NGramF1(c, r, 1), NGramF1(c, r, 2), LcsF1(c, r));
    }

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.IsDigit(ch) ? '0' : char.ToLowerInvariant(ch));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static double NGramF1(List<string> candidate, List<string> reference, int n)
    {
        var c = NGrams(candidate, n);
        var r = NGrams(reference, n);
        var overlap = c.Sum(p => Math.Min(p.Value, r.GetValueOrDefault(p.Key)));
        return F1(overlap, c.Values.Sum(), r.Values.Sum());
    }

    private static Dictionary<string, int> NGrams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.GetRange(i, n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static double LcsF1(List<string> candidate, List<string> reference)
    {
        var previous = new int[reference.Count + 1];
        var current = new int[reference.Count + 1];
        foreach (var token in candidate)
        {
            for (var j = 1; j <= reference.Count; j++)
            {
                current[j] = string.Equals(token, reference[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return F1(previous[reference.Count], candidate.Count, reference.Count);
    }

    private static double F1(double overlap, double candidateTotal, double referenceTotal)
    {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0)
        {
            return 0;
        }

        var precision = overlap / candidateTotal;
        var recall = overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}

internal sealed record RougeScore(double R1, double R2, double RL);
