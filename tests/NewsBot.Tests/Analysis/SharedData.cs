namespace NewsBot.Tests.Analysis;

/// <summary>Locates ../shared (seeds, corpora) beside the repository root, the folder holding NewsBot.sln.</summary>
internal static class SharedData
{
    public static string Root { get; } = FindShared();

    public static string Seed(string name) => File.ReadAllText(Path.Combine(Root, "seeds", name + ".txt"));

    public static string Corpus(params string[] parts) => Path.Combine([Root, "corpora", .. parts]);

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")) || File.Exists(Path.Combine(dir.FullName, "NewsBot.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
