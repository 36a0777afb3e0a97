namespace NewsBot.Tests.Text;

/// <summary>Test-only reader for the seed pages: the first line that is not a date is the title, the rest is the body.</summary>
internal sealed record SeedArticle(string Title, string Body)
{
    public static SeedArticle Load(string prefix)
    {
        var text = File.ReadAllText(SharedFolder.Seed(prefix));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = Array.FindIndex(lines, l => l.Trim().Length > 0 && !char.IsDigit(l.Trim().Split(' ', 3).ElementAtOrDefault(1)?.FirstOrDefault() ?? 'x'));
        return new SeedArticle(lines[index].Trim(), string.Join('\n', lines.Skip(index + 1)));
    }
}
