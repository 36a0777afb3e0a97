using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class SummariesSetupTests
{
    [Fact]
    public void AddSummaries_NoLlmConfigured_RegistersExtractiveSummarizer()
    {
        using var host = Build([]);

        var summarizer = host.Services.GetRequiredService<ISummarizer>();

        Assert.IsType<ExtractiveSummarizer>(summarizer);
        Assert.Equal(3, host.Services.GetRequiredService<IOptions<SummaryOptions>>().Value.MaxSentences);
    }

    [Fact]
    public void AddSummaries_LlmBaseUrlConfigured_RegistersLlmSummarizer()
    {
        using var host = Build(new() { ["Summaries:Llm:BaseUrl"] = "http://127.0.0.1:11434", ["Summaries:Llm:Model"] = "qwen2.5" });

        var summarizer = host.Services.GetRequiredService<ISummarizer>();

        Assert.IsType<LlmSummarizer>(summarizer);
        Assert.Equal(TimeSpan.FromSeconds(20), host.Services.GetRequiredService<IOptions<SummaryOptions>>().Value.Llm.Timeout);
    }

    [Fact]
    public void AddSummaries_LlmWithoutModel_FailsValidation()
    {
        using var host = Build(new() { ["Summaries:Llm:BaseUrl"] = "http://127.0.0.1:11434" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SummaryOptions>>().Value);

        Assert.Contains("Summaries:Llm:Model", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSummaries();
        return builder.Build();
    }
}
