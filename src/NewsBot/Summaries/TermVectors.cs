using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>Sparse TF-IDF vectors of an article's sentences (IDF over the article's own sentences; stopwords dropped).</summary>
internal sealed class TermVectors
{
    private static readonly string[] Suffixes = ["nya", "lah", "kah", "pun"];

    private readonly List<Dictionary<string, double>> _vectors;
    private readonly Dictionary<string, double> _idf;

    private TermVectors(List<Dictionary<string, double>> vectors, Dictionary<string, double> idf)
    {
        _vectors = vectors;
        _idf = idf;
    }

    public Dictionary<string, double> this[int index] => _vectors[index];

    public int Count => _vectors.Count;

    public static TermVectors Build(IReadOnlyList<string> sentences)
    {
        var counts = sentences.Select(CountTerms).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        var n = (double)Math.Max(1, sentences.Count);
        var idf = df.ToDictionary(p => p.Key, p => Math.Log(1.0 + (n / p.Value)), StringComparer.Ordinal);
        var vectors = counts.Select(c => c.ToDictionary(p => p.Key, p => p.Value * idf[p.Key], StringComparer.Ordinal)).ToList();
        return new TermVectors(vectors, idf);
    }

    /// <summary>Vector of another text (the title) in this article's term space; unknown terms are ignored.</summary>
    public Dictionary<string, double> Project(string text)
        => CountTerms(text).Where(p => _idf.ContainsKey(p.Key))
            .ToDictionary(p => p.Key, p => p.Value * _idf[p.Key], StringComparer.Ordinal);

    public static Dictionary<string, double> Sum(TermVectors vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors._vectors)
        {
            foreach (var (term, weight) in vector)
            {
                sum[term] = sum.GetValueOrDefault(term) + weight;
            }
        }

        return sum;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Values.Sum(x => x * x));

    private static Dictionary<string, double> CountTerms(string sentence)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(sentence))
        {
            if (Stopwords.Indonesian.Contains(token))
            {
                continue;
            }

            var term = Stem(token);
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }

    // Dictionary-free: only the clitics and particles, enough to join "datanya" with "data" for similarity.
    private static string Stem(string token)
    {
        foreach (var suffix in Suffixes)
        {
            if (token.Length > suffix.Length + 3 && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return token[..^suffix.Length];
            }
        }

        return token;
    }
}
