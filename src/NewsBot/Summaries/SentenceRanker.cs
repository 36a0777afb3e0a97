namespace NewsBot.Summaries;

/// <summary>
/// Scores sentences by a lead prior plus TF-IDF centroid centrality, title similarity and key-term (company, cue)
/// hits, then picks the best ones greedily, skipping sentences redundant with those already picked.
/// </summary>
internal static class SentenceRanker
{
    /// <summary>
    /// Indices of the chosen sentences in document order. <paramref name="maxCharacters"/> bounds the total length
    /// (sentences joined by one space; 0 = unbounded); <paramref name="completeOnly"/> skips headings and fragments (chat).
    /// </summary>
    public static IReadOnlyList<int> Select(
        IReadOnlyList<string> sentences,
        string? title,
        IReadOnlyList<string> keyTerms,
        int count,
        int maxCharacters,
        bool completeOnly,
        RankingWeights weights)
    {
        if (sentences.Count == 0 || count <= 0)
        {
            return [];
        }

        var vectors = TermVectors.Build(sentences);
        var centroid = TermVectors.Sum(vectors);
        var titleVector = string.IsNullOrWhiteSpace(title) ? null : vectors.Project(title);
        var keys = keyTerms.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.ToLowerInvariant()).ToArray();

        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var v = vectors[i];
            var score = weights.Lead * Math.Exp(-i / weights.LeadDecay)
                + weights.Centrality * TermVectors.Cosine(v, centroid);
            if (titleVector is not null)
            {
                score += weights.Title * TermVectors.Cosine(v, titleVector);
            }

            if (keys.Length > 0 && keys.Any(k => sentences[i].Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                score += weights.KeyTerms;
            }

            if (v.Count < weights.MinWords)
            {
                score *= 0.5;
            }

            if (IsQuoteOrQuestion(sentences[i]))
            {
                score *= weights.Quote;
            }
            else if (sentences[i].AsSpan().IndexOfAny('"', '“', '”') >= 0)
            {
                score *= weights.InnerQuote;
            }

            if (!EndsLikeSentence(sentences[i]))
            {
                score *= 0.3;
            }

            scores[i] = score;
        }

        var order = Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i);
        var chosen = new List<int>();
        var length = 0;
        foreach (var i in order)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (completeOnly && !EndsLikeSentence(sentences[i]))
            {
                continue;
            }

            var extra = sentences[i].Length + (chosen.Count > 0 ? 1 : 0);
            if (maxCharacters > 0 && length + extra > maxCharacters)
            {
                continue;
            }

            if (chosen.Any(j => TermVectors.Cosine(vectors[i], vectors[j]) > weights.Redundancy))
            {
                continue;
            }

            chosen.Add(i);
            length += extra;
        }

        chosen.Sort();
        return chosen;
    }

    private static bool IsQuoteOrQuestion(string sentence)
        => sentence.Length > 0 && (sentence[0] is '"' or '“' or '\'' || sentence.TrimEnd().EndsWith('?'));

    internal static bool EndsLikeSentence(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')';
    }
}
