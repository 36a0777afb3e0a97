namespace NewsBot.Tests.Fakes;

/// <summary>Where the repository and the shared corpora are, found from the test binary's folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>`../shared` beside the repository root.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Corpora => Path.Combine(Shared, "corpora");

    public static string Seeds => Path.Combine(Shared, "seeds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
