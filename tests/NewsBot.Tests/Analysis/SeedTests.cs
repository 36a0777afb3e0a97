using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

public sealed class SeedTests
{
    [SharedDataFact("seeds")]
    public void Analyze_XiaomiSeed_XiaomiSubjectRelevantDataCollection()
    {
        var input = SeedInput("000_9656b4742386065a", titleLine: 0);

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["xiaomi"], result.Subjects.Select(s => s.Slug));
        Assert.True(result.Relevant, $"score {result.Score}, cues {string.Join(", ", result.Cues)}");
        Assert.Equal(IncidentType.DataCollection, result.Type);
        Assert.Equal("id", result.Language);
    }

    [SharedDataFact("seeds")]
    public void Analyze_WhatsAppSeed_WhatsAppAndMetaSubjectsTelegramSignalMentions()
    {
        var input = SeedInput("004_0c36f1b2cf9531a3", titleLine: 2);

        var result = Analyzers.Default.Analyze(input);

        Assert.Equal(["meta", "whatsapp"], result.Subjects.Select(s => s.Slug).Order());
        Assert.True(result.Relevant, $"score {result.Score}, cues {string.Join(", ", result.Cues)}");
        Assert.Equal(IncidentType.PolicyChange, result.Type);
        Assert.Equal(Salience.Mention, result.Companies.Single(c => c.Slug == "telegram").Salience);
        Assert.Equal(Salience.Mention, result.Companies.Single(c => c.Slug == "signal").Salience);
    }

    internal static ArticleInput SeedInput(string name, int titleLine)
    {
        var lines = File.ReadAllText(SharedFolder.Seed(name)).Split('\n');
        return new ArticleInput(name, lines[titleLine].Trim(), string.Join('\n', lines.Skip(titleLine + 1)));
    }
}
