using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

/// <summary>
/// The labelled record-count cases (TestData/counts/*.tsv) and how the fact extractor does on them. A case is right
/// when the count is within 1 % of the label (or both are absent) and the qualifier matches.
/// </summary>
internal sealed record RecordCountSet(int Cases, int Right, int ValueRight, int SmallCounts, IReadOnlyList<string> Errors)
{
    private static readonly FactExtractor Extractor = new();

    public double Accuracy => Cases == 0 ? 1 : (double)Right / Cases;

    public double ValueAccuracy => Cases == 0 ? 1 : (double)ValueRight / Cases;

    public static RecordCountSet Evaluate(string file)
    {
        int cases = 0, right = 0, valueRight = 0, small = 0;
        var errors = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "counts", file)).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            long? expected = f[1] == "-" ? null : long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            var qualifier = Qualifier(f[2]);
            var facts = Extractor.Extract(f[3], f[4], null);
            cases++;
            var valueOk = expected is { } e ? facts.Records is { } g && Math.Abs(g - e) <= e / 100 : facts.Records is null;
            var qualifierOk = expected is null || facts.RecordsQualifier == qualifier;
            valueRight += valueOk ? 1 : 0;
            right += valueOk && qualifierOk ? 1 : 0;
            small += facts.Records is < 100 && expected is not < 100 ? 1 : 0;
            if (!(valueOk && qualifierOk))
            {
                errors.Add($"{f[0]}: expected {f[1]} {qualifier} got {facts.Records?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {facts.RecordsQualifier}");
            }
        }

        return new RecordCountSet(cases, right, valueRight, small, errors);
    }

    private static CountQualifier Qualifier(string label) => label switch
    {
        "lebih dari" => CountQualifier.MoreThan,
        "sekitar" => CountQualifier.About,
        "hampir" => CountQualifier.Nearly,
        "hingga" => CountQualifier.UpTo,
        _ => CountQualifier.Exact,
    };
}
