namespace NewsBot.Tests.Feeds.Conformance;

/// <summary>Locates the external corpora: the folder holding NewsBot.sln, then ../shared/corpora.</summary>
internal static class CorpusPaths
{
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>The folder holding NewsBot.sln.</summary>
    public static string RepositoryRoot => Repository.Value;

    public static string Feeds(params string[] parts)
    {
        var corpora = Path.GetFullPath(Path.Combine(Repository.Value, "..", "shared", "corpora"));
        if (!Directory.Exists(corpora))
        {
            throw new DirectoryNotFoundException($"External corpora not found at {corpora}.");
        }

        return Path.Combine([corpora, "feeds", .. parts]);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")) || File.Exists(Path.Combine(dir.FullName, "NewsBot.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
