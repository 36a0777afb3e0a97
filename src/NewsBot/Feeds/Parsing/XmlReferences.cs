using System.Globalization;
using System.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Character references in text the lenient reader reads itself (<see cref="LenientXmlLoader"/>, <see cref="LenientTag"/>):
/// after <see cref="XmlPrepass"/> only the five predefined ones and numeric ones are left, and nothing else is expanded.
/// </summary>
internal static class XmlReferences
{
    /// <summary>Replaces the references <see cref="XmlPrepass"/> left: the five predefined ones and numeric ones.</summary>
    public static string Decode(ReadOnlySpan<char> raw)
    {
        var amp = raw.IndexOf('&');
        if (amp < 0)
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        while (amp >= 0)
        {
            builder.Append(raw[..amp]);
            raw = raw[amp..];
            var semi = raw.IndexOf(';');
            var value = semi > 0 ? Reference(raw[1..semi]) : null;
            builder.Append(value ?? "&");
            raw = raw[(value is null ? 1 : semi + 1)..];
            amp = raw.IndexOf('&');
        }

        return builder.Append(raw).ToString();
    }

    private static string? Reference(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        _ => null,
    };

    private static string? CodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF)
            ? char.ConvertFromUtf32(code)
            : null;
}
