namespace NewsBot.Analysis;

/// <summary>
/// Stop-word-ratio language guess ("id", "en", "other"). Stand-in until NewsBot.Text.LanguageDetector lands on main.
/// </summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> Indonesian = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam", "akan", "pada", "juga", "ke", "karena",
        "oleh", "ada", "adalah", "bahwa", "sebagai", "telah", "kami", "mereka", "para", "atau", "sudah", "bisa", "saat", "tersebut", "kata",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "it", "by", "as", "from", "has", "have",
        "this", "be", "said", "its", "were", "which", "at", "an", "their", "been", "not", "but",
    };

    public static string Detect(string text)
    {
        int id = 0, en = 0, total = 0;
        foreach (var token in text.Split([' ', '\n', '\r', '\t', ',', '.', '"', '(', ')', ':', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            total++;
            if (Indonesian.Contains(token))
            {
                id++;
            }
            else if (English.Contains(token))
            {
                en++;
            }

            if (total >= 400)
            {
                break;
            }
        }

        if (total == 0 || Math.Max(id, en) < Math.Max(2, total / 25))
        {
            return "other";
        }

        return id >= en ? "id" : "en";
    }
}
