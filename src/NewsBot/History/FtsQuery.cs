using System.Text;

namespace NewsBot.History;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that can only mean "all of these words": every term is
/// quoted as an FTS5 string (an inner <c>"</c> doubled), so <c>*</c>, <c>OR</c>, <c>NEAR(</c>, <c>-</c>, <c>:</c> and
/// <c>^</c> are plain text. Terms without a letter or digit would match nothing and are dropped.
/// </summary>
public static class FtsQuery
{
    public const int MaxTerms = 8;
    public const int MaxTermLength = 40;

    /// <summary>The MATCH expression, or null when the text holds no searchable word.</summary>
    public static string? FromUserText(string text)
    {
        var terms = Terms(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var term in terms)
        {
            query.Append(query.Length == 0 ? "" : " ").Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return query.ToString();
    }

    /// <summary>The user's searchable terms, as typed: at most <see cref="MaxTerms"/>, each cut to <see cref="MaxTermLength"/>.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        [.. text
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(term => term.Any(char.IsLetterOrDigit))
            .Select(term => term.Length > MaxTermLength ? term[..MaxTermLength] : term)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTerms)];
}
