using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>
/// The most informative sentence of an English article, quoted as it is (there is no translation model): the one
/// naming the company and stating the count, data types and what happened, preferring the lead.
/// </summary>
internal static partial class EnglishQuote
{
    private const int MaxCharacters = 280;
    private const int MinCharacters = 40;

    public static string? Pick(SummaryRequest request)
    {
        var sentences = SentenceSplitter.Split(ArticleCleaner.Clean(request.Text, request.Title));
        string? best = null;
        var bestScore = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Trim();
            if (s.Length is < MinCharacters or > MaxCharacters || s.Contains('"', StringComparison.Ordinal))
            {
                continue;
            }

            var score = Score(s, request) + (i < 2 ? 2 : i < 5 ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (s, score);
            }
        }

        return best;
    }

    private static int Score(string sentence, SummaryRequest request)
    {
        var score = CueRegex().Count(sentence);
        score += request.CompanyNames.Any(n => n.Length > 0 && sentence.Contains(n, StringComparison.OrdinalIgnoreCase)) ? 3 : 0;
        score += request.Facts.Actor is { Length: > 0 } actor && sentence.Contains(actor, StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        score += CountRegex().IsMatch(sentence) ? 3 : 0;
        return score;
    }

    [GeneratedRegex(@"\b(?:leak\w*|breach\w*|hack\w*|stole\w*|exposed|ransomware|sold|selling|for sale|personal|data|records|accounts|passwords?|names|addresses|phone numbers|ID numbers|fined?|privacy|confirmed|denied|investigat\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueRegex();

    [GeneratedRegex(@"\d[\d.,]*\s*(?:million|billion|thousand|m|bn)?\s+(?:\w+\s+)?(?:records|users|customers|accounts|people|rows|passengers|patients)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountRegex();
}
