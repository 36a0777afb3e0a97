using System.Text.RegularExpressions;

namespace NewsBot.Tests.Architecture;

/// <summary>
/// Which feature folder of src/NewsBot depends on which, read from the sources: <c>using NewsBot.X</c> and
/// qualified names (<c>NewsBot.X.Type</c>, <c>X.Type</c>). Files at the root (the composition root) are not a folder.
/// </summary>
internal sealed partial class FolderGraph
{
    private FolderGraph(SortedDictionary<string, SortedSet<string>> edges) => Edges = edges;

    public SortedDictionary<string, SortedSet<string>> Edges { get; }

    public static FolderGraph FromDirectory(string projectDirectory)
    {
        var folders = Directory.GetDirectories(projectDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(projectDirectory, name), "*.cs", SearchOption.AllDirectories).Any())
            .ToList();
        var sources = folders.SelectMany(folder => Directory
            .EnumerateFiles(Path.Combine(projectDirectory, folder), "*.cs", SearchOption.AllDirectories)
            .Select(file => (folder, File.ReadAllText(file))));
        return FromSources(folders, sources);
    }

    public static FolderGraph FromSources(IReadOnlyCollection<string> folders, IEnumerable<(string Folder, string Source)> sources)
    {
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            edges[folder] = new SortedSet<string>(StringComparer.Ordinal);
        }

        var names = string.Join("|", folders.Select(Regex.Escape));
        var reference = new Regex($@"(?<![\w.])(?:using\s+)?(?:NewsBot\.)?({names})\.(?=[A-Z])|using\s+NewsBot\.({names})\s*;", RegexOptions.CultureInvariant);
        foreach (var (folder, source) in sources)
        {
            foreach (Match match in reference.Matches(WithoutComments(source)))
            {
                var target = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                if (target != folder)
                {
                    edges[folder].Add(target);
                }
            }
        }

        return new FolderGraph(edges);
    }

    /// <summary>Pairs of folders that depend on each other.</summary>
    public IReadOnlyList<string> TwoWayPairs() =>
        [.. Edges.SelectMany(e => e.Value.Where(t => string.CompareOrdinal(e.Key, t) < 0 && Edges[t].Contains(e.Key)).Select(t => $"{e.Key} <-> {t}"))];

    /// <summary>One dependency cycle (A -> B -> … -> A), or null when the folders form a directed acyclic graph.</summary>
    public string? FindCycle()
    {
        var state = Edges.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in Edges.Keys)
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        string? Visit(string node)
        {
            if (state[node] == 2)
            {
                return null;
            }

            if (state[node] == 1)
            {
                return string.Join(" -> ", path.SkipWhile(p => p != node).Append(node));
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in Edges[node])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, Edges.Select(e => $"{e.Key} -> {string.Join(", ", e.Value)}"));

    private static string WithoutComments(string source) => Comments().Replace(source, "");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
