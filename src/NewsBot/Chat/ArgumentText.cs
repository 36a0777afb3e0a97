namespace NewsBot.Chat;

/// <summary>Cleans what a user typed after a command before anything reads it.</summary>
public static class ArgumentText
{
    public const int MaxLength = 200;

    /// <summary>
    /// Drops control, zero-width and text-direction characters (a zero-width space inside "toko\u200Bpedia" must not
    /// make a known company unknown), folds runs of whitespace to one space and bounds the length.
    /// </summary>
    public static string Clean(string argument)
    {
        var kept = new System.Text.StringBuilder(Math.Min(argument.Length, MaxLength * 2));
        var space = false;
        foreach (var ch in argument)
        {
            if (IsInvisible(ch))
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                space = kept.Length > 0;
                continue;
            }

            if (space)
            {
                kept.Append(' ');
                space = false;
            }

            kept.Append(ch);
            if (kept.Length >= MaxLength)
            {
                break;
            }
        }

        // Never leave half a surrogate pair at the cut.
        return kept.Length > 0 && char.IsHighSurrogate(kept[^1]) ? kept.ToString(0, kept.Length - 1) : kept.ToString();
    }

    private static bool IsInvisible(char ch) =>
        (char.IsControl(ch) && !char.IsWhiteSpace(ch))
        || ch is >= '\u200B' and <= '\u200F' // zero-width space/joiners, LRM, RLM
        or >= '\u202A' and <= '\u202E' // embeddings and overrides
        or >= '\u2060' and <= '\u2069' // word joiner, invisible operators, isolates
        or '\uFEFF' or '\u061C' or '\u180E' or '\u00AD';
}
