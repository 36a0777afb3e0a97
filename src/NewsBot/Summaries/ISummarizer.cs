namespace NewsBot.Summaries;

/// <summary>Turns an analysed article into a short Indonesian summary for chat (seam: extractive or LLM).</summary>
public interface ISummarizer
{
    /// <summary>Never throws for bad input or provider failures; falls back to a simpler summary instead.</summary>
    Task<string> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);
}
