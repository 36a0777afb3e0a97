using Microsoft.Extensions.Options;
using NewsBot.Text;

namespace NewsBot.Summaries;

/// <summary>
/// The built-in summarizer. Indonesian (and other non-English) articles: the best whole sentences of the cleaned
/// text by <see cref="SentenceRanker"/>, in article order, within the sentence and character limits.
/// English articles: an Indonesian text built from the extracted facts plus the original title marked as English
/// (there is no translation model, and a summary must never pretend to be one).
/// </summary>
public sealed class ExtractiveSummarizer(IOptions<SummaryOptions> options) : ISummarizer
{
    public Task<string> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(Summarize(request));
    }

    public string Summarize(SummaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = string.IsNullOrWhiteSpace(request.Language) ? LanguageDetector.Detect(request.Text) : request.Language;
        if (language == LanguageDetector.English)
        {
            return EnglishSourceText.Build(request);
        }

        var sentences = SentenceSplitter.Split(ArticleCleaner.Clean(request.Text, request.Title));
        var count = Math.Clamp(request.MaxSentences ?? options.Value.MaxSentences, 1, 10);
        var keyTerms = request.CompanyNames.Concat(request.Cues).ToList();
        var chosen = SentenceRanker.Select(
            sentences, request.Title, keyTerms, count, options.Value.MaxCharacters, completeOnly: true, RankingWeights.Default);
        if (chosen.Count == 0)
        {
            // Nothing fits whole: the title says more than a cut sentence would.
            return request.Title.Trim();
        }

        return string.Join(' ', chosen.Select(i => sentences[i]));
    }

    /// <summary>
    /// The same ranking over text that is already split into sentences (IndoSum evaluation): datelines and inline
    /// link-outs are cleaned per sentence; the chosen sentences (whole sentences only, as for chat) are returned in
    /// article order, unbounded in length.
    /// </summary>
    internal static IReadOnlyList<string> Summarize(
        IReadOnlyList<string> sentences, string? title, int count, RankingWeights? weights = null)
    {
        var cleaned = sentences.Select((s, i) => ArticleCleaner.CleanSentence(s, first: i == 0)).ToList();
        var chosen = SentenceRanker.Select(cleaned, title, [], count, maxCharacters: 0, completeOnly: true, weights ?? RankingWeights.Default);
        return chosen.Select(i => cleaned[i]).ToList();
    }
}
