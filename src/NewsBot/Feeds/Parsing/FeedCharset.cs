using System.Text;
using System.Text.Unicode;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Turns feed bytes into text: BOM, then valid UTF-8, then the label in the XML prolog or HTML meta,
/// then the HTTP charset, then windows-1252. Bytes are never dropped.
/// </summary>
internal static class FeedCharset
{
    private const int SniffLength = 1024;

    static FeedCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? contentType) => RepairC1(DecodeRaw(body, contentType));

    /// <summary>
    /// C1 control characters (U+0080–U+009F) in feeds are nearly always windows-1252 punctuation that was
    /// mislabelled ("don\u0092t"): map them to what 1252 means by those bytes.
    /// </summary>
    public static string RepairC1(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (index < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var windows1252 = Encoding.GetEncoding(1252);
        Span<byte> one = stackalloc byte[1];
        Span<char> mapped = stackalloc char[1];
        for (var i = index; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                one[0] = (byte)chars[i];
                windows1252.GetChars(one, mapped);
                chars[i] = mapped[0];
            }
        }

        return new string(chars);
    }

    private static string DecodeRaw(ReadOnlySpan<byte> body, string? contentType)
    {
        if (TryBom(body, out var bomEncoding, out var bomLength))
        {
            return bomEncoding.GetString(body[bomLength..]);
        }

        var wide = SniffWideEncoding(body);
        if (wide is not null)
        {
            return wide.GetString(body);
        }

        if (Utf8.IsValid(body))
        {
            return Encoding.UTF8.GetString(body);
        }

        var declared = FromLabel(DeclaredLabel(body)) ?? FromLabel(ContentTypeCharset(contentType));
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            // Declared UTF-8 (or nothing) but the bytes are not. A UTF-8 text with a damaged byte stays UTF-8
            // (the bad byte becomes U+FFFD); otherwise windows-1252 keeps every byte visible.
            declared = MostlyUtf8(body) ? Encoding.UTF8 : Encoding.GetEncoding(1252);
        }

        return declared.GetString(body);
    }

    /// <summary>More well-formed multi-byte UTF-8 sequences than invalid bytes: UTF-8 with some damage, not a legacy charset.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> body)
    {
        int valid = 0, invalid = 0;
        while (!body.IsEmpty)
        {
            var ascii = IndexOfNonAscii(body);
            if (ascii < 0)
            {
                break;
            }

            body = body[ascii..];
            var status = Rune.DecodeFromUtf8(body, out _, out var consumed);
            _ = status == System.Buffers.OperationStatus.Done ? valid++ : invalid++;
            body = body[consumed..];
        }

        return valid > invalid;
    }

    // A plain loop: the generic span search over bytes is compiled at run time in every process that meets such a file.
    private static int IndexOfNonAscii(ReadOnlySpan<byte> body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] > 0x7F)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Maps a charset label to an encoding the way browsers do (ISO-8859-1 and ASCII mean windows-1252).</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToUpperInvariant();
        switch (name)
        {
            case "ISO-8859-1" or "ISO8859-1" or "ISO_8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "CP819" or "IBM819" or "WINDOWS-1252" or "CP1252":
                return Encoding.GetEncoding(1252);
            case "UTF-16" or "UTF-32" or "UTF-16LE" or "UTF-16BE" or "UTF-32LE" or "UTF-32BE" or "UCS-2" or "UCS-4":
                return null; // Without a BOM or a zero-byte pattern the label is wrong: the bytes are 8-bit.
            default:
                break;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    public static string? ContentTypeCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var value = contentType[(index + 8)..];
        var end = value.IndexOf(';', StringComparison.Ordinal);
        return (end >= 0 ? value[..end] : value).Trim().Trim('"', '\'');
    }

    private static bool TryBom(ReadOnlySpan<byte> body, out Encoding encoding, out int length)
    {
        if (body is [0xEF, 0xBB, 0xBF, ..])
        {
            (encoding, length) = (new UTF8Encoding(false), 3);
            return true;
        }

        if (body is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            (encoding, length) = (new UTF32Encoding(false, false), 4);
            return true;
        }

        if (body is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            (encoding, length) = (new UTF32Encoding(true, false), 4);
            return true;
        }

        if (body is [0xFF, 0xFE, ..])
        {
            (encoding, length) = (new UnicodeEncoding(false, false), 2);
            return true;
        }

        if (body is [0xFE, 0xFF, ..])
        {
            (encoding, length) = (new UnicodeEncoding(true, false), 2);
            return true;
        }

        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    private static Encoding? SniffWideEncoding(ReadOnlySpan<byte> body) => body switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(true, false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(false, false),
        [0x00, 0x3C, 0x00, _, ..] => new UnicodeEncoding(true, false),
        [0x3C, 0x00, _, 0x00, ..] => new UnicodeEncoding(false, false),
        _ => null,
    };

    /// <summary>The encoding label of an XML prolog or an HTML meta tag in the first KiB.</summary>
    private static string? DeclaredLabel(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffLength)]);
        if (head.TrimStart().StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = head.IndexOf("?>", StringComparison.Ordinal);
            var prolog = end > 0 ? head[..end] : head;
            return AttributeValue(prolog, "encoding");
        }

        var meta = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (meta < 0)
        {
            return null;
        }

        var rest = head[(meta + 7)..].TrimStart(' ', '=', '"', '\'');
        var length = 0;
        while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] is '-' or '_' or ':' or '.'))
        {
            length++;
        }

        return length > 0 ? rest[..length] : null;
    }

    private static string? AttributeValue(string text, string name)
    {
        var index = text.IndexOf(name, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var rest = text[(index + name.Length)..].TrimStart(' ', '\t', '\r', '\n', '=');
        if (rest.Length == 0 || rest[0] is not ('"' or '\''))
        {
            return null;
        }

        var close = rest.IndexOf(rest[0], 1);
        return close > 1 ? rest[1..close] : null;
    }
}
