using System.Globalization;
using System.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The HTML5 named character references (&amp;nbsp;, &amp;NotNestedGreaterGreater; …), read once from
/// Data/html-entities.txt: one name (without its ';') and its code points in hex per line. The table is AngleSharp's
/// (a test checks every entry against it); own so that `feed parse` does not load AngleSharp and build its table,
/// which cost every run that met one named entity several milliseconds.
/// </summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Table = Load();

    /// <summary>The characters a name (without '&amp;' and ';') stands for, or null for an unknown name.</summary>
    public static string? Resolve(ReadOnlySpan<char> name) =>
        Table.TryGetValue(name.ToString(), out var symbol) ? symbol : null;

    internal static IReadOnlyDictionary<string, string> All => Table;

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(HtmlEntities).Assembly.GetManifestResourceStream("NewsBot.Feeds.Parsing.Data.html-entities.txt")
            ?? throw new InvalidOperationException("Embedded resource html-entities.txt is missing.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var table = new Dictionary<string, string>(2200, StringComparer.Ordinal);
        var symbol = new StringBuilder(4);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(' ');
            symbol.Clear();
            for (var i = 1; i < fields.Length; i++)
            {
                symbol.Append(char.ConvertFromUtf32(int.Parse(fields[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[fields[0]] = symbol.ToString();
        }

        return table;
    }
}
