using System.Globalization;

namespace NewsBot.Analysis;

/// <summary>The embedded word lists under Analysis/Data: cues, negative contexts, data types, actors, regulators and status words.</summary>
internal sealed class AnalysisLexicon
{
    private AnalysisLexicon(IReadOnlyList<Phrase> phrases) => Phrases = phrases;

    public IReadOnlyList<Phrase> Phrases { get; }

    public static AnalysisLexicon Load()
    {
        var phrases = new List<Phrase>();
        foreach (var f in Rows("cues.tsv"))
        {
            var cue = new Cue(
                f[0],
                double.Parse(f[1], CultureInfo.InvariantCulture),
                Enum.Parse<IncidentType>(f[2]),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                f[4] == "1",
                f[5] == "1");
            phrases.Add(new Phrase(PhraseKind.Cue, f[0]) { Cue = cue });
        }

        phrases.AddRange(Rows("negatives.txt").Select(f => new Phrase(PhraseKind.CueVeto, f[0])));
        phrases.AddRange(Rows("datatypes.tsv").Select(f => new Phrase(PhraseKind.DataType, f[0]) { Label = f[1] }));
        phrases.AddRange(Rows("actors.txt").Select(f => new Phrase(PhraseKind.Actor, f[0]) { Label = f[0] }));
        phrases.AddRange(Rows("regulators.tsv").Select(f => new Phrase(PhraseKind.Regulator, f[0]) { Label = f[1] }));
        phrases.AddRange(Rows("status.tsv").Select(f => new Phrase(PhraseKind.Status, f[0]) { Status = Enum.Parse<IncidentStatus>(f[1]) }));
        return new AnalysisLexicon(phrases);
    }

    private static List<string[]> Rows(string file)
    {
        var assembly = typeof(AnalysisLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Analysis.Data." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
