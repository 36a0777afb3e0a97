using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Chat;
using NewsBot.Incidents;
using NewsBot.Pipeline;
using NewsBot.Text;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot analyze`: JSON lines {"id","title","text","url","published","source"} in, one analysis per line out.
/// With --group the whole input is one batch through <see cref="ArticlePipeline"/>, decided exactly as one feed check.
/// A bad line gets {"id", "error"} and the rest keeps going; the exit code is then 1.
/// </summary>
public static class AnalyzeCommand
{
    public sealed record Settings(int SummarySentences, bool Group);

    public static bool TryParse(string[] options, out Settings settings)
    {
        settings = new Settings(3, false);
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--group":
                    settings = settings with { Group = true };
                    break;
                case "--summary-sentences" when i + 1 < options.Length && int.TryParse(options[i + 1], CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10:
                    settings = settings with { SummarySentences = n };
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    public static async Task<int> RunAsync(Settings settings, TextReader input, TextWriter output)
    {
        using var host = NewsBotHost.Create([], new Dictionary<string, string?> { ["Telegram:BotToken"] = "", ["Discord:BotToken"] = "" });
        var pipeline = host.Services.GetRequiredService<ArticlePipeline>();
        var window = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Feeds.FeedOptions>>().Value.IncidentWindow;
        var batch = new List<(PipelineArticle? Article, Analysis.ArticleAnalysis? Analysis, JsonObject Output)>();
        var failed = false;
        while (await input.ReadLineAsync() is { } text)
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (AnalyzeLine.Parse(text, out var error) is not { } line)
            {
                failed = true;
                var rejected = new JsonObject { ["id"] = AnalyzeLine.TryReadId(text), ["error"] = error };
                await WriteOrKeepAsync(settings, batch, (null, null, rejected), output);
                continue;
            }

            var article = new PipelineArticle(line.Id, line.Title, ArticleCleaner.Clean(line.Text, line.Title), line.Url, line.Source, line.Published);
            var analysis = pipeline.Analyze(article);
            var result = Describe(line.Id, analysis);
            if (!settings.Group)
            {
                result["summary"] = await pipeline.SummarizeAsync(article, analysis, CancellationToken.None, settings.SummarySentences);
            }

            await WriteOrKeepAsync(settings, batch, (article, analysis, result), output);
        }

        if (settings.Group)
        {
            await WriteGroupedAsync(pipeline, window, batch, output);
        }

        return failed ? 1 : 0;
    }

    private static async Task WriteOrKeepAsync(
        Settings settings, List<(PipelineArticle? Article, Analysis.ArticleAnalysis? Analysis, JsonObject Output)> batch,
        (PipelineArticle? Article, Analysis.ArticleAnalysis? Analysis, JsonObject Output) line, TextWriter output)
    {
        if (settings.Group)
        {
            batch.Add(line);
            return;
        }

        await output.WriteLineAsync(line.Output.ToJsonString(CliJson.Options));
    }

    /// <summary>The batch through the pipeline: each line gains "incident" (1-based, in order of opening), "decision" and its alert's sources.</summary>
    private static async Task WriteGroupedAsync(
        ArticlePipeline pipeline, TimeSpan window, List<(PipelineArticle? Article, Analysis.ArticleAnalysis? Analysis, JsonObject Output)> lines, TextWriter output)
    {
        var batch = lines.Where(l => l.Article is not null).Select(l => (l.Article!, l.Analysis!)).ToList();
        var now = batch.Select(b => b.Item1.Published).Max() ?? DateTimeOffset.UnixEpoch;
        var results = await pipeline.DecideAsync(batch, new IncidentBook(window), now, CancellationToken.None);
        var next = 0;
        foreach (var (article, _, result) in lines)
        {
            if (article is not null)
            {
                var decided = results[next++];
                result["summary"] = decided.Summary;
                result["incident"] = decided.Decision.Kind == DecisionKind.None ? null : -decided.Decision.IncidentId;
                result["decision"] = decided.Decision.Kind switch
                {
                    DecisionKind.NewIncident => "new",
                    DecisionKind.Joins => "joins",
                    DecisionKind.FollowUp => "followup",
                    _ => null,
                };
                result["sources"] = decided.Alert is { } alert ? new JsonArray([.. alert.Sources.Select(s => JsonValue.Create(s.Outlet))]) : null;
            }

            await output.WriteLineAsync(result.ToJsonString(CliJson.Options));
        }
    }

    private static JsonObject Describe(string id, Analysis.ArticleAnalysis analysis) => JsonSerializer.SerializeToNode(new
    {
        id,
        language = analysis.Language,
        relevant = analysis.Relevant,
        score = Math.Round(analysis.Score, 3),
        incidentType = Texts.IncidentTypeLabel(analysis.Type).ToLowerInvariant(),
        companies = analysis.Companies.Select(c => new { name = c.Name, salience = c.Salience.ToString().ToLowerInvariant(), matched = c.Matched }),
        summary = "",
        facts = new
        {
            records = analysis.Facts.Records,
            dataTypes = analysis.Facts.DataTypes,
            actor = analysis.Facts.Actor,
            status = analysis.Facts.Status.ToString().ToLowerInvariant(),
            firstReported = CliJson.Instant(analysis.Facts.FirstReported),
        },
    }, CliJson.Options)!.AsObject();
}
