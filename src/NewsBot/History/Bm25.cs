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

    /// <summary>Longer tokens are counted for the length but never match a searched word (those are at most 40 letters).</summary>
    private const int MaxWordLength = 64;

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
        var frequencies = new double[columns.Count * words.Count];
        var lengths = new double[columns.Count];
        for (var d = 0; d < columns.Count; d++)
        {
            for (var c = 0; c < columns[d].Length; c++)
            {
                lengths[d] += Count(columns[d][c], words, weights[c], frequencies.AsSpan(d * words.Count, words.Count));
            }
        }

        var average = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var scores = new double[columns.Count];
        for (var d = 0; d < columns.Count; d++)
        {
            for (var w = 0; w < words.Count; w++)
            {
                var frequency = frequencies[(d * words.Count) + w];
                scores[d] += idf[w] * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * lengths[d] / average))));
            }
        }

        return scores;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> as <see cref="Tokens"/> cuts them, counted without building them: adds
    /// <paramref name="weight"/> to <paramref name="frequencies"/> for every occurrence of a word and returns how many
    /// tokens there are. Ranking reads hundreds of articles per search, so this allocates nothing for plain ASCII text.
    /// </summary>
    private static int Count(string text, IReadOnlyList<string> words, double weight, Span<double> frequencies)
    {
        if (!System.Text.Ascii.IsValid(text))
        {
            text = text.Normalize(NormalizationForm.FormD);
        }

        Span<char> token = stackalloc char[MaxWordLength];
        var length = 0;
        var tokens = 0;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (length < MaxWordLength)
                {
                    token[length] = char.ToLowerInvariant(ch);
                }

                length++;
            }
            else if (length > 0 && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                tokens++;
                Add(token, length, words, weight, frequencies);
                length = 0;
            }
        }

        if (length > 0)
        {
            tokens++;
            Add(token, length, words, weight, frequencies);
        }

        return tokens;
    }

    private static void Add(Span<char> token, int length, IReadOnlyList<string> words, double weight, Span<double> frequencies)
    {
        if (length > MaxWordLength)
        {
            return;
        }

        for (var w = 0; w < words.Count; w++)
        {
            if (token[..length].SequenceEqual(words[w]))
            {
                frequencies[w] += weight;
            }
        }
    }
}
