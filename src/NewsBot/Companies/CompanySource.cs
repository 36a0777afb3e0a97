using NewsBot.Analysis;

namespace NewsBot.Companies;

/// <summary>
/// The companies to look for right now: the catalogue plus every company a chat tracks with /lacak. The pipeline asks
/// once per feed check, so a new /lacak entry counts at the next check without a restart; the analyzer is rebuilt only
/// when the tracked entries changed.
/// </summary>
public sealed class CompanySource(CompanyCatalog catalog, ArticleAnalyzer catalogAnalyzer, TrackedCompanyStore tracked)
{
    private volatile Snapshot? _current;

    public async Task<CompanyCatalog> CatalogAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Catalog;

    public async Task<ArticleAnalyzer> AnalyzerAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Analyzer;

    // Two checks racing after a change may both build the snapshot; both results are equal, so no lock is needed.
    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = tracked.Version;
        if (_current is { } current && current.Version == version)
        {
            return current;
        }

        var extra = await tracked.AllAsync(cancellationToken);
        var withTracked = extra.Count == 0 ? catalog : catalog.With(extra.Select(t => t.ToCompany()));
        var built = new Snapshot(version, withTracked, extra.Count == 0 ? catalogAnalyzer : new ArticleAnalyzer(withTracked));
        _current = built;
        return built;
    }

    private sealed record Snapshot(int Version, CompanyCatalog Catalog, ArticleAnalyzer Analyzer);
}
