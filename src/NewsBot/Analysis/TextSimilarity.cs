using NewsBot.Text;
namespace NewsBot.Analysis;

/// <summary>
/// Cosine similarity of character 4-gram profiles of two short texts (titles and leads), stop words removed.
/// Character n-grams tolerate Indonesian affixes ("bocor", "kebocoran", "dibocorkan") without a stemmer.
/// </summary>
public static class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam", "akan", "pada", "juga", "ke", "karena",
        "oleh", "ada", "adalah", "bahwa", "sebagai", "telah", "kami", "mereka", "para", "atau", "sudah", "bisa", "saat", "tersebut",
        "kata", "jakarta", "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "it", "by", "as", "from",
        "has", "have", "this", "be", "said", "its", "were", "an", "at", "cnn", "indonesia", "kompas", "com", "antara", "tempo", "co",
    };

    public static double Cosine(string a, string b)
    {
        var pa = Profile(a);
        var pb = Profile(b);
        if (pa.Count == 0 || pb.Count == 0)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        foreach (var (gram, count) in pa)
        {
            na += count * count;
            if (pb.TryGetValue(gram, out var other))
            {
                dot += count * other;
            }
        }

        foreach (var count in pb.Values)
        {
            nb += count * count;
        }

        return dot / Math.Sqrt(na * nb);
    }

    internal static Dictionary<string, int> Profile(string text)
    {
        var folded = FoldedText.Create(text).Text;
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (StopWords.Contains(token) || (token.Length < 3 && !char.IsDigit(token[0])))
            {
                continue;
            }

            var padded = " " + token + " ";
            for (var i = 0; i + 4 <= padded.Length; i++)
            {
                var gram = padded.Substring(i, 4);
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }

            if (padded.Length < 4)
            {
                grams[padded] = grams.GetValueOrDefault(padded) + 1;
            }
        }

        return grams;
    }

    private static readonly char[] Separators = [.. " ,.;:!?\"'()[]{}/\\|“”‘’-–—".ToCharArray()];
}
