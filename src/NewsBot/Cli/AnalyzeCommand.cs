using System.Globalization;
using System.Text.Json;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Incidents;
using NewsBot.Summaries;
using NewsBot.Text;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot analyze`: JSON lines {"id","title","text","url","published","source"} in, one analysis per line out.
/// A bad line gets {"id", "error"} and the rest keeps going.
/// </summary>
public static class AnalyzeCommand
{
    public sealed record Settings(int SummarySentences, bool Group);

    private sealed record InputLine(string? Id, string? Title, string? Text, string? Url, DateTimeOffset? Published, string? Source);

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
        var analyzer = host.Services.GetRequiredService<ArticleAnalyzer>();
        var summarizer = host.Services.GetRequiredService<ISummarizer>();
        var grouper = settings.Group ? new BatchGrouper() : null;
        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (Read(line) is not { Id: { Length: > 0 } id, Text: { Length: > 0 } text } article)
            {
                await output.WriteLineAsync(CliJson.Line(new { id = TryReadId(line), error = "each line needs a JSON object with \"id\" and \"text\"" }));
                continue;
            }

            var articleInput = new ArticleInput(id, article.Title, ArticleCleaner.Clean(text, article.Title), article.Url, article.Published, article.Source);
            var analysis = analyzer.Analyze(articleInput);
            var summary = await summarizer.SummarizeAsync(
                new SummaryRequest(article.Title ?? "", articleInput.Text, analysis.Language, [.. analysis.Subjects.Select(c => c.Name)], analysis.Cues, analysis.Type, analysis.Facts, article.Published, settings.SummarySentences),
                CancellationToken.None);
            var result = JsonSerializer.SerializeToNode(new
            {
                id,
                language = analysis.Language,
                relevant = analysis.Relevant,
                score = Math.Round(analysis.Score, 3),
                incidentType = Texts.IncidentTypeLabel(analysis.Type).ToLowerInvariant(),
                companies = analysis.Companies.Select(c => new { name = c.Name, salience = c.Salience.ToString().ToLowerInvariant(), matched = c.Matched }),
                summary,
                facts = new
                {
                    records = analysis.Facts.Records,
                    dataTypes = analysis.Facts.DataTypes,
                    actor = analysis.Facts.Actor,
                    status = analysis.Facts.Status.ToString().ToLowerInvariant(),
                    firstReported = CliJson.Instant(analysis.Facts.FirstReported),
                },
            }, CliJson.Options)!.AsObject();
            if (grouper is not null)
            {
                // Only with --group: the incident number the bot would give this article, or null.
                result["incident"] = grouper.Assign(articleInput, analysis);
            }

            await output.WriteLineAsync(result.ToJsonString(CliJson.Options));
        }

        return 0;
    }

    private static InputLine? Read(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<InputLine>(line, CliJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? TryReadId(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("id", out var id) ? id.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
