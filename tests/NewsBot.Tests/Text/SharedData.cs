namespace NewsBot.Tests.Text;

/// <summary>Locates the external test data beside the repository: ../shared (corpora, seeds), never copied into the repo.</summary>
internal static class SharedData
{
    public static string Root { get; } = FindShared();

    public static string Corpora => Path.Combine(Root, "corpora");

    public static string Indonesian => Path.Combine(Corpora, "indonesian");

    public static string IndoSum => Path.Combine(Corpora, "indosum");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix)
        => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")) || File.Exists(Path.Combine(dir.FullName, "NewsBot.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
