using System.Collections.Frozen;

namespace NewsBot.Text;

/// <summary>
/// The broad Indonesian stopword list (npm stopwords-id 0.2.0, MIT; notice in Data/stopwords-id.LICENSE.txt),
/// shipped as an embedded resource. For similarity and ranking only: never apply it to company aliases or incident cues.
/// </summary>
internal static class Stopwords
{
    public static FrozenSet<string> Indonesian { get; } = Load("stopwords-id.txt");

    private static FrozenSet<string> Load(string fileName)
    {
        var assembly = typeof(Stopwords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Text.Data." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!; // the name came from the manifest
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
