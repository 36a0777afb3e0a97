namespace NewsBot.TestKit;

/// <summary>
/// The test data kept outside the repository, in <c>../shared</c> beside its root (the folder holding NewsBot.sln):
/// the external corpora and the two seed articles. A clone without it skips the tests that need it; CI, which
/// always has it, fails them instead.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>(path under ../shared, where it comes from) for every folder a test may ask for.</summary>
    private static readonly (string Prefix, string Origin)[] Origins =
    [
        ("corpora/feeds/feedparser", "Universal Feed Parser's tests/ from github.com/kurtmckee/feedparser, BSD-2-Clause"),
        ("corpora/feeds/gofeed", "gofeed's testdata/ from github.com/mmcdole/gofeed, MIT"),
        ("corpora/feeds/feedvalidator", "W3C Feed Validator's testcases/ from github.com/rubys/feedvalidator, MIT-style"),
        ("corpora/indosum", "IndoSum development folds, re-uploaded at github.com/CalDev-id/INDOSUM2, CC BY-SA 4.0"),
        ("corpora/indonesian", "stopwords and sentence scenarios from github.com/stopwords-iso/stopwords-id and github.com/sastrawi, MIT / CC BY-SA 3.0"),
        ("seeds", "the project's two seed articles (SINDOnews, Media Indonesia), handed out with the shared folder"),
    ];

    /// <summary>The folder holding NewsBot.sln, found upwards from the running binary.</summary>
    public static string RepositoryRoot => Repository.Value;

    public static string Root => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>True under CI (<c>CI=true</c>), where missing data is a failure, never a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file or folder under ../shared; throws a message naming it and its origin when it is missing.</summary>
    public static string Locate(params string[] parts)
    {
        var relative = string.Join('/', parts);
        var full = Path.Combine([Root, .. parts]);
        if (!Path.Exists(full))
        {
            throw new DirectoryNotFoundException(MissingReason(relative));
        }

        return full;
    }

    /// <summary>A path under ../shared/corpora, e.g. <c>Corpus("feeds", "gofeed")</c>.</summary>
    public static string Corpus(params string[] parts) => Locate(["corpora", .. parts]);

    /// <summary>The seed article whose file name starts with <paramref name="prefix"/> ("000", "004").</summary>
    public static string Seed(string prefix) => Directory.GetFiles(Locate("seeds"), prefix + "*.txt").Single();

    /// <summary>Null when every path (relative to ../shared) exists, else why a test that needs them cannot run.</summary>
    public static string? Missing(params string[] relativePaths)
    {
        var missing = relativePaths.FirstOrDefault(p => !Exists(p));
        return missing is null ? null : MissingReason(missing);
    }

    private static bool Exists(string relative) =>
        TryFindRepository() is { } repository && Path.Exists(Path.Combine(repository, "..", "shared", relative));

    private static string MissingReason(string relative)
    {
        var origin = Origins.FirstOrDefault(o => relative.StartsWith(o.Prefix, StringComparison.Ordinal)).Origin ?? "see ../shared/corpora/README.md";
        var where = TryFindRepository() is null ? "beside the repository" : "at " + Path.Combine(Root, relative);
        return $"needs ../shared/{relative} ({origin}); not found {where}. Put the shared folder beside the repository to run it.";
    }

    private static string FindRepository() =>
        TryFindRepository() ?? throw new DirectoryNotFoundException("NewsBot.sln not found above " + AppContext.BaseDirectory);

    private static string? TryFindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
