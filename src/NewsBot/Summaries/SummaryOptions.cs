using System.ComponentModel.DataAnnotations;

namespace NewsBot.Summaries;

/// <summary>Configuration section "Summaries".</summary>
public sealed class SummaryOptions
{
    public const string SectionName = "Summaries";

    /// <summary>Sentences per chat summary when the request does not ask for fewer (chat: 2–3).</summary>
    [Range(1, 10)]
    public int MaxSentences { get; init; } = 3;

    /// <summary>Upper bound for the summary length; whole sentences only, never a cut one.</summary>
    [Range(100, 4000)]
    public int MaxCharacters { get; init; } = 500;

    /// <summary>Optional OpenAI-compatible provider; off unless <see cref="LlmSummaryOptions.BaseUrl"/> is set.</summary>
    public LlmSummaryOptions Llm { get; init; } = new();
}
