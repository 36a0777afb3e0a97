namespace NewsBot.Tests.Text;

/// <summary>A sentence-detector scenario from a Gherkin feature file: the input block and the expected sentences.</summary>
internal sealed record GherkinScenario(string File, string Name, string Input, IReadOnlyList<string> Expected)
{
    public static IEnumerable<GherkinScenario> ReadAll(string directory)
        => Directory.GetFiles(directory, "*.feature").Order(StringComparer.Ordinal).SelectMany(Read);

    private static IEnumerable<GherkinScenario> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        string? name = null;
        var blocks = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                name = trimmed["Scenario:".Length..].Trim();
                blocks.Clear();
            }
            else if (trimmed.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                // Gherkin doc string: the opening delimiter's indentation is removed from every line of the block.
                var indent = lines[i].Length - trimmed.Length;
                var block = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("\"\"\"", StringComparison.Ordinal); i++)
                {
                    var line = lines[i];
                    var cut = Math.Min(indent, line.Length - line.TrimStart().Length);
                    block.Add(line[cut..]);
                }

                blocks.Add(string.Join('\n', block));
                if (blocks.Count == 2 && name is not null)
                {
                    var expected = blocks[1].Split('\n').Where(l => l.Length > 0).ToList();
                    yield return new GherkinScenario(Path.GetFileName(path), name, blocks[0], expected);
                }
            }
        }
    }
}
