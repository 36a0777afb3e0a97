using Xunit.Abstractions;

namespace NewsBot.Tests.Architecture;

/// <summary>Feature folders depend one way only: no two folders use each other, directly or round a cycle.</summary>
public sealed class FolderDependencyTests(ITestOutputHelper output)
{
    [Fact]
    public void FromDirectory_NewsBotSources_NoTwoWayDependencyAndNoCycle()
    {
        var graph = FolderGraph.FromDirectory(Path.Combine(SharedFolder.RepositoryRoot, "src", "NewsBot"));
        output.WriteLine(graph.ToString());

        Assert.Contains("Feeds", graph.Edges.Keys);
        Assert.Contains("Pipeline", graph.Edges["Feeds"]);
        Assert.Empty(graph.TwoWayPairs());
        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void FromSources_TwoFoldersUsingEachOther_ReportsPairAndCycle()
    {
        var graph = FolderGraph.FromSources(
            ["Chat", "Delivery", "Text"],
            [
                ("Chat", "using NewsBot.Delivery;\nnamespace NewsBot.Chat;"),
                ("Delivery", "namespace NewsBot.Delivery;\nclass D { object x = Chat.Texts.Wib; } // Text.Nothing in a comment"),
            ]);

        Assert.Equal(["Chat <-> Delivery"], graph.TwoWayPairs());
        Assert.Equal("Chat -> Delivery -> Chat", graph.FindCycle());
        Assert.Empty(graph.Edges["Text"]);
    }

    [Fact]
    public void FromSources_ThreeFolderRing_ReportsCycleWithoutTwoWayPair()
    {
        var graph = FolderGraph.FromSources(
            ["Chat", "Feeds", "Delivery"],
            [
                ("Chat", "using NewsBot.Feeds;"),
                ("Feeds", "var row = NewsBot.Delivery.AlertOutbox.NewIncidentKey(1);"),
                ("Delivery", "using NewsBot.Chat;"),
            ]);

        Assert.Empty(graph.TwoWayPairs());
        Assert.Equal("Chat -> Feeds -> Delivery -> Chat", graph.FindCycle());
    }
}
