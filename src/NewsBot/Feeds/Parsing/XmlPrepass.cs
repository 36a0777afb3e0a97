using System.Globalization;
using System.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Makes real-world feed text acceptable to a strict XML reader without a DTD: named HTML entities become
/// numeric references, stray ampersands are escaped and characters XML forbids are removed.
/// CDATA sections, comments and the DOCTYPE are copied untouched.
/// </summary>
internal static class XmlPrepass
{
    private const int MaxEntityName = 32;

    /// <summary>Returns the cleaned text; <paramref name="changed"/> says whether anything had to be repaired.</summary>
    public static string Clean(string text, out bool changed)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TrySkipVerbatim(text, i, out var next))
            {
                i = next;
                continue;
            }

            if (c == '&')
            {
                var replacement = ReplaceAmpersand(text, i, out var consumed);
                if (replacement is not null)
                {
                    builder ??= new StringBuilder(text.Length + 64);
                    builder.Append(text, copied, i - copied).Append(replacement);
                    i += consumed;
                    copied = i;
                    continue;
                }

                i += consumed;
                continue;
            }

            if (!IsXmlChar(text, i, out var width))
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, i - copied);
                i += width;
                copied = i;
                continue;
            }

            i += width;
        }

        changed = builder is not null;
        if (builder is null)
        {
            return text;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>True when the text declares entities in a DTD (billion laughs, XXE): such documents are refused.</summary>
    public static bool DeclaresEntities(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0)
        {
            return false;
        }

        var end = text.IndexOf("]>", doctype, StringComparison.Ordinal);
        var limit = end < 0 ? Math.Min(text.Length, doctype + 4096) : end;
        return text.IndexOf("<!ENTITY", doctype, limit - doctype, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static bool TrySkipVerbatim(string text, int start, out int next)
    {
        next = start;
        string? close = null;
        if (string.CompareOrdinal(text, start, "<![CDATA[", 0, 9) == 0)
        {
            close = "]]>";
        }
        else if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            close = "-->";
        }
        else if (string.CompareOrdinal(text, start, "<!DOCTYPE", 0, 9) == 0)
        {
            var bracket = text.IndexOf('[', start);
            var gt = text.IndexOf('>', start);
            close = bracket >= 0 && (gt < 0 || bracket < gt) ? "]>" : ">";
        }

        if (close is null)
        {
            return false;
        }

        var end = text.IndexOf(close, start + 4, StringComparison.Ordinal);
        next = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    private static string? ReplaceAmpersand(string text, int start, out int consumed)
    {
        consumed = 1;
        var i = start + 1;
        if (i < text.Length && text[i] == '#')
        {
            var j = i + 1;
            var hex = j < text.Length && text[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            var digits = j;
            while (j < text.Length && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j])))
            {
                j++;
            }

            if (j > digits && j < text.Length && text[j] == ';' && IsAllowedCodePoint(text.AsSpan(digits, j - digits), hex, out var codePoint))
            {
                consumed = j + 1 - start;
                if (codePoint is >= 0x80 and <= 0x9F)
                {
                    // &#146; means the windows-1252 character, not a C1 control.
                    return FeedCharset.RepairC1(((char)codePoint).ToString());
                }

                return text[i + 1] == 'X' ? string.Concat("&#x", text.AsSpan(digits, j + 1 - digits)) : null;
            }

            return "&amp;";
        }

        var nameStart = i;
        while (i < text.Length && i - nameStart <= MaxEntityName && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == nameStart || i >= text.Length || text[i] != ';')
        {
            return "&amp;";
        }

        var name = text.AsSpan(nameStart, i - nameStart);
        consumed = i + 1 - start;
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return null;
        }

        var symbol = HtmlEntities.Resolve(name);
        if (string.IsNullOrEmpty(symbol))
        {
            consumed = 1;
            return "&amp;";
        }

        var builder = new StringBuilder(12);
        for (var k = 0; k < symbol.Length; k++)
        {
            var codePoint = char.ConvertToUtf32(symbol, k);
            if (char.IsHighSurrogate(symbol[k]))
            {
                k++;
            }

            builder.Append("&#").Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return builder.ToString();
    }

    private static bool IsAllowedCodePoint(ReadOnlySpan<char> digits, bool hex, out int value)
    {
        value = 0;
        if (digits.Length > 7 || !int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
    }

    private static bool IsXmlChar(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
    }
}
