using Microsoft.Extensions.Options;
using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Tests.Analysis;

/// <summary>One built-in catalogue and analyser shared by the tests (building the automaton takes a few milliseconds).</summary>
internal static class Analyzers
{
    public static CompanyCatalog Catalog { get; } = new(Options.Create(new CompanyOptions()));

    public static ArticleAnalyzer Default { get; } = new(Catalog);
}
