using System.Globalization;
using Xunit.Abstractions;

namespace NewsBot.Tests.Analysis;

/// <summary>
/// The same figures on a held-out set labelled after the rules were frozen (heldout.jsonl: 13 synthetic articles on
/// incidents absent from the development set; heldout-indosum-labels.tsv: 37 further IndoSum articles). It estimates
/// how the development-set figures generalise; the floors here are looser than the targets.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    [SharedDataFact("seeds", "corpora/indosum")]
    public void Analyze_HeldOutSet_StaysAboveFloors()
    {
        var items = DevSet.LoadHeldOut();

        var f = QualityFigures.Compute(items, Analyzers.Default);

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Held-out set: {f.Articles} articles ({items.Count(i => i.Relevant)} relevant)"));
        output.WriteLine(string.Create(c, $"Subject companies: precision {f.SubjectPrecision:F3}, recall {f.SubjectRecall:F3}"));
        output.WriteLine(string.Create(c, $"Relevance: precision {f.RelevancePrecision:F3}, recall {f.RelevanceRecall:F3}; type accuracy {f.TypeAccuracy:F3}"));
        output.WriteLine(string.Create(c, $"Incident grouping: pairwise F1 {f.GroupingF1:F3}"));
        output.WriteLine(string.Create(c, $"Facts: records right in {f.RecordsAccuracy:F3} of {f.RecordsStated}, data types right in {f.DataTypesAccuracy:F3} of {f.DataTypesStated}"));
        foreach (var error in f.Errors)
        {
            output.WriteLine(error);
        }

        Assert.True(f.SubjectPrecision >= 0.75, $"subject precision {f.SubjectPrecision:F3}");
        Assert.True(f.SubjectRecall >= 0.75, $"subject recall {f.SubjectRecall:F3}");
        Assert.True(f.RelevancePrecision >= 0.75, $"relevance precision {f.RelevancePrecision:F3}");
        Assert.True(f.RelevanceRecall >= 0.75, $"relevance recall {f.RelevanceRecall:F3}");
        Assert.True(f.RecordsAccuracy >= 0.75, $"records accuracy {f.RecordsAccuracy:F3}");
        Assert.True(f.DataTypesAccuracy >= 0.75, $"data types accuracy {f.DataTypesAccuracy:F3}");
    }
}
