namespace NewsBot.Analysis;

public static class AnalysisSetup
{
    /// <summary>Registers the article analyser (needs <c>AddCompanies()</c>).</summary>
    public static IHostApplicationBuilder AddAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArticleAnalyzer>();
        builder.Services.AddSingleton<CompanyMatcher>();
        builder.Services.AddSingleton<CompanySource>();
        builder.Services.AddSingleton<PrivacyClassifier>();
        builder.Services.AddSingleton<FactExtractor>();
        return builder;
    }
}
