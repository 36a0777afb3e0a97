namespace NewsBot.Summaries;

/// <summary>Weights of the sentence ranking; the defaults were tuned on IndoSum tune-*.jsonl only.</summary>
internal sealed record RankingWeights
{
    public static readonly RankingWeights Default = new();

    /// <summary>Weight of the position prior exp(-index / LeadDecay).</summary>
    public double Lead { get; init; } = 1.0;

    public double LeadDecay { get; init; } = 3.0;

    /// <summary>Weight of the cosine between the sentence and the article's TF-IDF centroid.</summary>
    public double Centrality { get; init; } = 0.6;

    /// <summary>Weight of the cosine between the sentence and the title.</summary>
    public double Title { get; init; } = 0.4;

    /// <summary>Bonus when the sentence names a tracked company or an incident cue.</summary>
    public double KeyTerms { get; init; } = 0.15;

    /// <summary>A candidate this similar (cosine) to an already chosen sentence is skipped as redundant.</summary>
    public double Redundancy { get; init; } = 0.6;

    /// <summary>Factor for direct speech (a sentence opening with a quote) and questions: quotes rarely summarise.</summary>
    public double Quote { get; init; } = 0.3;

    /// <summary>Factor for a sentence that quotes someone mid-sentence.</summary>
    public double InnerQuote { get; init; } = 0.6;

    /// <summary>Sentences with fewer content words than this are penalised (captions, fragments).</summary>
    public int MinWords { get; init; } = 6;
}
