using System.Globalization;
using System.Text;

namespace NewsBot.Text;

/// <summary>
/// Text folded for matching: lower case, Latin diacritics removed, whitespace runs collapsed to one space,
/// dash variants turned into '-'. <see cref="Map"/> gives the original index of every folded character
/// so that case-sensitive checks (caps-only short forms) can look at the original.
/// </summary>
internal sealed class FoldedText
{
    private static readonly char[] FoldTable = BuildFoldTable();

    private bool? _hasUpper;

    private FoldedText(string original, string text, int[] map)
    {
        Original = original;
        Text = text;
        Map = map;
    }

    public string Original { get; }

    public string Text { get; }

    public int[] Map { get; }

    /// <summary>Whether the original has any capital letter (an all-lower-case text carries no case information).</summary>
    public bool HasUpper => _hasUpper ??= Original.Any(char.IsUpper);

    public static FoldedText Create(string original)
    {
        var buffer = new char[original.Length];
        var map = new int[original.Length];
        var length = 0;
        var lastWasSpace = true;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (!lastWasSpace)
                {
                    buffer[length] = ' ';
                    map[length++] = i;
                    lastWasSpace = true;
                }

                continue;
            }

            buffer[length] = Fold(c);
            map[length++] = i;
            lastWasSpace = false;
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return new FoldedText(original, new string(buffer, 0, length), map.AsSpan(0, length).ToArray());
    }

    /// <summary>Folds a pattern the same way as text (no index map needed).</summary>
    public static string FoldPattern(string pattern) => Create(pattern.Trim()).Text;

    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => char.ToLowerInvariant(c),
    };

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var lower = char.ToLowerInvariant((char)i);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = lower;
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    baseChar = d;
                    break;
                }
            }

            table[i] = baseChar;
        }

        return table;
    }
}
