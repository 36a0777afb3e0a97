using System.Globalization;
using Xunit.Abstractions;

namespace NewsBot.Tests.Analysis;

/// <summary>
/// Quality on the labelled development set, with the targets of issue 6. Prints the figures (run with
/// <c>--logger "console;verbosity=detailed"</c> to see them) and fails below a target.
/// </summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    [SharedDataFact("seeds", "corpora/indosum")]
    public void Analyze_DevelopmentSet_MeetsQualityTargets()
    {
        var items = DevSet.Load();

        var f = QualityFigures.Compute(items, Analyzers.Default);

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Development set: {f.Articles} articles ({items.Count(i => i.Source == "indosum")} IndoSum, {items.Count(i => i.Relevant)} relevant)"));
        output.WriteLine(string.Create(c, $"Subject companies: precision {f.SubjectPrecision:F3} (target 0.95), recall {f.SubjectRecall:F3} (target 0.90)"));
        output.WriteLine(string.Create(c, $"Relevance: precision {f.RelevancePrecision:F3} (target 0.90), recall {f.RelevanceRecall:F3} (target 0.90); type accuracy {f.TypeAccuracy:F3}"));
        output.WriteLine(string.Create(c, $"Incident grouping: pairwise precision {f.GroupingPrecision:F3}, recall {f.GroupingRecall:F3}, F1 {f.GroupingF1:F3} (target 0.90)"));
        output.WriteLine(string.Create(c, $"Facts: records right in {f.RecordsAccuracy:F3} of {f.RecordsStated}, data types right in {f.DataTypesAccuracy:F3} of {f.DataTypesStated} (target 0.90)"));
        foreach (var error in f.Errors)
        {
            output.WriteLine(error);
        }

        Assert.True(f.SubjectPrecision >= 0.95, $"subject precision {f.SubjectPrecision:F3}");
        Assert.True(f.SubjectRecall >= 0.90, $"subject recall {f.SubjectRecall:F3}");
        Assert.True(f.RelevancePrecision >= 0.90, $"relevance precision {f.RelevancePrecision:F3}");
        Assert.True(f.RelevanceRecall >= 0.90, $"relevance recall {f.RelevanceRecall:F3}");
        Assert.True(f.GroupingF1 >= 0.90, $"grouping F1 {f.GroupingF1:F3}");
        Assert.True(f.RecordsAccuracy >= 0.90, $"records accuracy {f.RecordsAccuracy:F3}");
        Assert.True(f.DataTypesAccuracy >= 0.90, $"data types accuracy {f.DataTypesAccuracy:F3}");
    }
}
