using System.Text.RegularExpressions;

namespace NewsBot.Text;

/// <summary>
/// Rule-based Indonesian sentence splitter for news text. Blank lines always end a sentence; inside a paragraph
/// a terminator (. ! ? …, plus closing quotes) ends one unless it sits inside a number, follows an abbreviation
/// that never ends a sentence, or the next word starts in lower case.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            SplitParagraph(paragraph, sentences);
        }

        return sentences;
    }

    private static void SplitParagraph(string text, List<string> sentences)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsTerminator(text[end]))
            {
                end++;
            }

            while (end < text.Length && IsClosing(text[end]))
            {
                end++;
            }

            if (IsBoundary(text, start, i, end))
            {
                Add(sentences, text[start..end]);
                start = end;
            }

            i = end;
        }

        Add(sentences, text[start..]);
    }

    private static bool IsBoundary(string text, int start, int terminator, int end)
    {
        if (string.IsNullOrWhiteSpace(text[start..terminator]))
        {
            return false; // a stray leading ".": the sentence has not started yet
        }

        if (end >= text.Length)
        {
            return true;
        }

        var singlePeriod = end - terminator == 1 && text[terminator] == '.';
        var next = text[end];
        if (!char.IsWhiteSpace(next))
        {
            // "pertama.Ini": a missing space after a word, but not "1.000", "detik.com", "a.n." or "ASP.NET".
            return singlePeriod
                && char.IsUpper(next)
                && end + 1 < text.Length && char.IsLower(text[end + 1])
                && WordBefore(text, terminator) is { Length: >= 2 } word
                && word.All(char.IsLower);
        }

        var k = end;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || IsOpening(text[k])))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return true;
        }

        var following = text[k];
        if (char.IsLower(following))
        {
            return false; // "dll. dan", "Tbk. yang", "?" kata dia"
        }

        if (!singlePeriod)
        {
            return true;
        }

        var before = WordBefore(text, terminator);
        if (before.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return !char.IsDigit(following); // "UU No. 27"
        }

        return !Abbreviations.IsNeverFinal(before);
    }

    private static string WordBefore(string text, int position)
    {
        var from = position;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        return text[from..position].TrimStart('"', '“', '\'', '‘', '(', '[');
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(Whitespace().Replace(trimmed, " "));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']';

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[';

    [GeneratedRegex(@"\n[ \t\r]*\n\s*")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
