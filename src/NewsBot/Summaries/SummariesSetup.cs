using NewsBot.Configuration;

namespace NewsBot.Summaries;

public static class SummariesSetup
{
    /// <summary>
    /// Registers <see cref="ISummarizer"/>: the extractive summarizer, or — when Summaries:Llm:BaseUrl is configured —
    /// the LLM provider with the extractive one as its fallback.
    /// </summary>
    public static IHostApplicationBuilder AddSummaries(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<SummaryOptions>(SummaryOptions.SectionName)
            .Validate(o => o.Llm.Timeout > TimeSpan.Zero, "Summaries:Llm:Timeout must be positive.")
            .Validate(
                o => o.Llm.BaseUrl is null || !string.IsNullOrWhiteSpace(o.Llm.Model),
                "Summaries:Llm:Model is required when Summaries:Llm:BaseUrl is set.")
            .ValidateOnStart();

        builder.Services.AddSingleton<ExtractiveSummarizer>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{SummaryOptions.SectionName}:Llm:BaseUrl"]))
        {
            builder.Services.AddSingleton<ISummarizer>(sp => sp.GetRequiredService<ExtractiveSummarizer>());
        }
        else
        {
            builder.Services.AddHttpClient<LlmSummarizer>();
            builder.Services.AddTransient<ISummarizer>(sp => sp.GetRequiredService<LlmSummarizer>());
        }

        return builder;
    }
}
