using System.Globalization;
using Xunit.Abstractions;

namespace NewsBot.Tests.Analysis;

/// <summary>
/// Record counts on the labelled count set (TestData/counts/counts.tsv, tuned on) and its held-out part
/// (counts-heldout.tsv, written before tuning and never tuned on). Prints the figures and the misses.
/// </summary>
public sealed class RecordCountTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_LabelledCountSet_AtLeast95PercentRight()
    {
        var set = Report("Count set", RecordCountSet.Evaluate("counts.tsv"));

        Assert.True(set.Accuracy >= 0.95, $"record counts right in {set.Accuracy:F3}");
        Assert.Equal(0, set.SmallCounts);
    }

    [Fact]
    public void Extract_HeldOutCountSet_StaysAboveFloor()
    {
        var set = Report("Held-out count set", RecordCountSet.Evaluate("counts-heldout.tsv"));

        Assert.True(set.Accuracy >= 0.80, $"record counts right in {set.Accuracy:F3}");
        Assert.Equal(0, set.SmallCounts);
    }

    private RecordCountSet Report(string name, RecordCountSet set)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {set.Right} of {set.Cases} right ({set.Accuracy:F3}) with qualifier, {set.ValueRight} ({set.ValueAccuracy:F3}) by value; counts below 100 not stated of records: {set.SmallCounts}"));
        foreach (var error in set.Errors)
        {
            output.WriteLine(error);
        }

        return set;
    }
}
