using System.Globalization;
using System.Text;

namespace NewsBot.History;

/// <summary>
/// Okapi BM25 as FTS5's <c>bm25()</c> computes it (k1 = 1.2, b = 0.75, per-column weights), over a bounded set of
/// candidate articles. FTS5's own function counts every document holding each word first, which for a word found
/// in nearly every article costs as much as reading the whole index; here the document frequency is estimated
/// from the newest matches instead (<see cref="Idf"/>), so a search costs the same for every word.
/// </summary>
public static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Words as the index's tokenizer sees them: lower case, diacritics removed, split at anything but letters and digits.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToLowerInvariant(ch));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    /// <summary>FTS5's inverse document frequency: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6.</summary>
    public static double Idf(double documents, double withWord) =>
        Math.Max(1e-6, Math.Log((documents - withWord + 0.5) / (withWord + 0.5)));

    /// <summary>
    /// Scores of <paramref name="columns"/> (each document's column texts) for <paramref name="words"/> with their
    /// <paramref name="idf"/>; higher is better. Column weights as in FTS5's bm25(…, w1, w2, …).
    /// </summary>
    public static double[] Score(IReadOnlyList<string[]> columns, IReadOnlyList<string> words, IReadOnlyList<double> idf, IReadOnlyList<double> weights)
    {
        var tokenized = columns.Select(doc => doc.Select(Tokens).ToArray()).ToArray();
        var lengths = tokenized.Select(doc => (double)doc.Sum(c => c.Count)).ToArray();
        var average = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var scores = new double[tokenized.Length];
        for (var d = 0; d < tokenized.Length; d++)
        {
            for (var w = 0; w < words.Count; w++)
            {
                var frequency = 0.0;
                for (var c = 0; c < tokenized[d].Length; c++)
                {
                    frequency += weights[c] * tokenized[d][c].Count(token => token == words[w]);
                }

                scores[d] += idf[w] * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * lengths[d] / average))));
            }
        }

        return scores;
    }
}
