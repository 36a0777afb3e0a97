namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Tags one flipped byte away from a tag the reader expects: the end tag of the open element ("&lt;/tit2e&gt;",
/// "&lt;\u00E9guid&gt;", "\u00AD/title&gt;") and an item's start tag inside its channel or feed ("&lt;entxy&gt;",
/// "&lt;e\u0012try&gt;", "\u00C5entry&gt;"). Read as the tag they were, an element closes where it did and an item
/// keeps its children, instead of a title swallowing the rest of its item or an item's fields landing in the feed.
/// Used by <see cref="LenientXmlLoader"/> only, so a well-formed document never gets here.
/// </summary>
internal static class DamagedTag
{
    private const int Window = 4096;

    /// <summary>True when the text at <paramref name="at"/> differs from "&lt;/name&gt;" in exactly one character.</summary>
    public static bool IsEndOf(string text, int at, string name)
    {
        if (name.Length < 2 || at + name.Length + 3 > text.Length)
        {
            return false;
        }

        var misses = (text[at] == '<' ? 0 : 1) + (text[at + 1] == '/' ? 0 : 1) + (text[at + name.Length + 2] == '>' ? 0 : 1);
        for (var k = 0; k < name.Length && misses <= 1; k++)
        {
            misses += text[at + 2 + k] == name[k] ? 0 : 1;
        }

        return misses == 1;
    }

    /// <summary>Where "/name&gt;" with its '&lt;' flipped starts inside the text run [start, end), or -1.</summary>
    public static int FlippedEndIn(string text, int start, int end, string name)
    {
        var slash = text.IndexOf("/" + name + ">", start, end - start, StringComparison.Ordinal);
        return slash > start ? slash - 1 : -1;
    }

    /// <summary>
    /// The start tag of <paramref name="name"/> at <paramref name="at"/> with one character flipped, including the
    /// '&lt;' and the character after the name; its attributes are read as written.
    /// </summary>
    public static LenientTag? StartOf(string text, int at, string name)
    {
        if (at + name.Length + 2 > text.Length)
        {
            return null;
        }

        if (LostCharacter(text, at, name))
        {
            // A byte flipped into a character XML forbids, which the prepass removed: "<ntry>".
            return Read(text, at, "<" + name, at + name.Length, shift: -1);
        }

        var after = text[at + name.Length + 1];
        var delimited = after is '>' or '/' || char.IsWhiteSpace(after);
        var misses = (text[at] == '<' ? 0 : 1) + (delimited ? 0 : 1);
        for (var k = 0; k < name.Length && misses <= 1; k++)
        {
            misses += text[at + 1 + k] == name[k] ? 0 : 1;
        }

        if (misses != 1 || !delimited && LongerName(text, at + 1, name))
        {
            return null;
        }

        // The flipped character replaced the name's '>' ("<entryH"): put it back, so the name ends where it did.
        return delimited
            ? Read(text, at, "<" + name, at + name.Length + 1, shift: 0)
            : Read(text, at, "<" + name + ">", at + name.Length + 2, shift: 0);
    }

    /// <summary>The tag read from the repaired opening followed by the text from <paramref name="rest"/> on.</summary>
    private static LenientTag? Read(string text, int at, string opening, int rest, int shift)
    {
        var end = Math.Max(rest, Math.Min(text.Length, at + Window));
        var repaired = string.Concat(opening, text.AsSpan(rest, end - rest));
        return LenientTag.TryRead(repaired, 0, out var tag) ? tag with { Next = at + tag.Next + shift, Interrupted = false } : null;
    }

    /// <summary>"&lt;" and the name with one of its characters missing, then '&gt;' or a blank.</summary>
    private static bool LostCharacter(string text, int at, string name)
    {
        var after = text[at + name.Length];
        if (name.Length < 4 || text[at] != '<' || after is not '>' && !char.IsWhiteSpace(after))
        {
            return false;
        }

        var k = 0;
        while (k < name.Length - 1 && text[at + 1 + k] == name[k])
        {
            k++;
        }

        return string.CompareOrdinal(text, at + 1 + k, name, k + 1, name.Length - 1 - k) == 0;
    }

    /// <summary>
    /// "&lt;items&gt;" (RSS 1.0) is another element, not a damaged "&lt;item&gt;": a name one character longer counts
    /// as a flipped '&gt;' only when a tag or a blank follows it, as it follows an item's start tag.
    /// </summary>
    private static bool LongerName(string text, int start, string name)
    {
        var after = text[start + name.Length];
        if (!char.IsAsciiLetterOrDigit(after) && after is not ('-' or '_' or '.' or ':'))
        {
            return false;
        }

        LenientXmlLoader.TryReadName(text, start, out var read, out var next);
        return read.Length != name.Length + 1 || read == "items" || next < text.Length && text[next] is not ('<' or ' ' or '\t' or '\r' or '\n');
    }

    /// <summary>A damaged item start whose '&lt;' was flipped, inside the text run [start, end): "\u00C5entry&gt;".</summary>
    public static (int At, LenientTag Tag)? FlippedStartIn(string text, int start, int end, string name)
    {
        for (var found = text.IndexOf(name, start + 1, end - start - 1, StringComparison.Ordinal); found > start; found = found + 1 < end ? text.IndexOf(name, found + 1, end - found - 1, StringComparison.Ordinal) : -1)
        {
            if (StartOf(text, found - 1, name) is { } tag)
            {
                return (found - 1, tag);
            }
        }

        return null;
    }
}
