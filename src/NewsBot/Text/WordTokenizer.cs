namespace NewsBot.Text;

/// <summary>Lower-cased word tokens (letters and digits; inner hyphens kept: "e-KTP", "end-to-end").</summary>
internal static class WordTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(text[start..i].ToLowerInvariant());
        }

        return tokens;
    }
}
