namespace NewsBot.Tests;

/// <summary>
/// A test that reads data from ../shared (paths relative to it, e.g. "corpora/feeds/gofeed" or "seeds"). Without that
/// data it is reported as skipped with the reason and the data's origin; under CI (<c>CI=true</c>) it runs and fails,
/// because CI always has ../shared. xunit 2 has no dynamic skip: the attribute decides when tests are discovered.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] paths)
    {
        Paths = paths;
        Skip = SharedDataSkip.Reason(paths);
    }

    public IReadOnlyList<string> Paths { get; }
}

/// <summary>The theory form of <see cref="SharedDataFactAttribute"/>; a skipped theory never reads its data source.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] paths)
    {
        Paths = paths;
        Skip = SharedDataSkip.Reason(paths);
    }

    public IReadOnlyList<string> Paths { get; }
}

internal static class SharedDataSkip
{
    public static string? Reason(string[] paths) => SharedFolder.IsCi ? null : SharedFolder.Missing(paths);
}
