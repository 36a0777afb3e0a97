using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>Accepts an LLM summary only if it is non-empty, Indonesian, within the limits and invents no number.</summary>
internal static partial class LlmAnswerValidator
{
    private const int MinCharacters = 40;

    /// <summary>Trims what chat models like to add around the text: a "Ringkasan:" label, wrapping quotes, line breaks.</summary>
    public static string Normalize(string answer)
    {
        var text = Label().Replace(answer.Trim(), string.Empty).Trim();
        if (text.Length > 1 && text[0] is '"' or '“' && text[^1] is '"' or '”' && text.AsSpan(1, text.Length - 2).IndexOfAny('"', '“', '”') < 0)
        {
            text = text[1..^1].Trim();
        }

        return Whitespace().Replace(text, " ");
    }

    /// <summary>Null when the answer is acceptable, otherwise the reason (for the log).</summary>
    public static string? Check(string answer, string article, SummaryOptions options)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return "empty";
        }

        if (ListMarkup().IsMatch(answer))
        {
            return "list or markup";
        }

        answer = Normalize(answer);
        if (answer.Length < MinCharacters || answer.Length > options.MaxCharacters)
        {
            return $"length {answer.Length}";
        }

        if (SentenceSplitter.Split(answer).Count > options.MaxSentences + 1)
        {
            return "too many sentences";
        }

        if (LanguageDetector.Detect(answer) != LanguageDetector.Indonesian)
        {
            return "not Indonesian";
        }

        var known = Numbers(article);
        var invented = Numbers(answer).FirstOrDefault(n => !known.Contains(n));
        return invented is null ? null : $"number {invented} not in the article";
    }

    /// <summary>Numbers as digit strings without separators, so "1,3" matches "1.3" and "2.375.000" matches "2,375,000".</summary>
    private static HashSet<string> Numbers(string text)
        => Number().Matches(text).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:\*\*)?(?:Ringkasan|Summary)(?:\s*:\s*(?:\*\*)?|(?:\*\*)?\s*:)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:^|\n)\s*(?:[-*•#]|\d+\.)\s")]
    private static partial Regex ListMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
