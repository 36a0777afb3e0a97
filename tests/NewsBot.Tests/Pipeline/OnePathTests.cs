using System.Globalization;
using System.Security;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;
using NewsBot.Cli;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Pipeline;

/// <summary>
/// The bot and <c>newsbot analyze --group</c> take one path: the written development set, served as one feed per outlet on
/// 127.0.0.1 and checked by the real <see cref="FeedChecker"/>, gets the same decisions (same incidents, same alerts and
/// follow-ups, same sources) as the same articles, in the order the bot decided them, through the CLI's code.
/// </summary>
public sealed class OnePathTests
{
    private static readonly ChatAddress Everything = new("console", "everything", ChatKind.Private);

    [Fact]
    public async Task FeedCheckAndAnalyzeGroup_WrittenDevelopmentSet_SameDecisions()
    {
        var articles = Written();
        var outlets = articles.Select(a => a.Outlet).Distinct().ToList();
        using var data = new TempFolder();
        await using var server = await LoopbackServer.StartAsync(context => ServeAsync(context, articles));
        using var host = await StartHostAsync(data.Path, outlets, server);

        await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);
        var bot = await BotDecisionsAsync(host.Services.GetRequiredService<Database>());
        var byUrl = articles.ToDictionary(a => a.Url(server));
        var input = string.Join('\n', bot.Select(b => Line(byUrl[b.Url], b.Url)));
        using var output = new StringWriter();
        var code = await AnalyzeCommand.RunAsync(new AnalyzeCommand.Settings(3, Group: true), new StringReader(input), output);
        var cli = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Equal(0, code);
        Assert.Equal(articles.Count, bot.Count);
        Assert.Equal(bot.Count, cli.Count);
        Assert.True(bot.Count(b => b.Decision == "new") >= 15, "too few incidents to prove anything");
        Assert.Contains(bot, b => b.Decision == "joins");
        Assert.Contains(bot, b => b.Decision == "followup");
        Assert.Contains(bot, b => b.Sources?.Contains(',', StringComparison.Ordinal) == true);
        var incidents = new Dictionary<long, long>();
        for (var i = 0; i < bot.Count; i++)
        {
            var (url, incident, decision, alertSources) = bot[i];
            Assert.Equal(url, cli[i]!["id"]!.GetValue<string>());
            Assert.True(decision == cli[i]!["decision"]?.GetValue<string>(), $"{url}: bot {decision}, analyze {cli[i]!["decision"]}");
            if (incident is { } id)
            {
                // The same partition: each stored incident is exactly one of the CLI's incidents.
                var number = cli[i]!["incident"]!.GetValue<long>();
                Assert.Equal(number, incidents.TryAdd(id, number) ? number : incidents[id]);
            }

            var cliSources = cli[i]!["sources"]?.AsArray().Select(s => s!.GetValue<string>()).ToList();
            Assert.Equal(cliSources is null ? null : string.Join(", ", cliSources), alertSources);
        }

        Assert.Equal(incidents.Count, incidents.Values.Distinct().Count());
    }

    /// <summary>Per stored article, in the order the bot decided them: its incident, decision and the outlets its alert lists.</summary>
    private static async Task<List<(string Url, long? Incident, string? Decision, string? Sources)>> BotDecisionsAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var articles = await connection.QueryAsync(
            "SELECT id, url, incident_id, decision FROM articles ORDER BY id",
            r => (Id: r.GetInt64(0), Url: r.GetString(1), Incident: r.NullableInt64(2), Decision: r.NullableString(3)));
        var alerts = await connection.QueryAsync(
            "SELECT alert_key, payload FROM outbox ORDER BY id", r => (Key: r.GetString(0), Payload: r.GetString(1)));
        string? Sources(string key) => alerts.Where(a => a.Key == key).Select(a => string.Join(", ", AlertJson.Deserialize(a.Payload).Sources.Select(s => s.Outlet))).SingleOrDefault();
        return [.. articles.Select(a => (a.Url, a.Incident, a.Decision, a.Decision switch
        {
            "new" => Sources(AlertOutbox.NewIncidentKey(a.Incident!.Value)) ?? "(no alert)",
            "followup" => Sources(AlertOutbox.FollowUpKey(a.Incident!.Value, a.Id)) ?? "(no alert)",
            _ => null,
        }))];
    }

    private static string Line(WrittenArticle article, string url) => JsonSerializer.Serialize(new
    {
        id = url,
        title = article.Title,
        text = article.Text,
        url,
        published = article.Published.ToString("O", CultureInfo.InvariantCulture),
        source = article.Outlet,
    });

    private static async Task<IHost> StartHostAsync(string dataDirectory, List<string> outlets, LoopbackServer server)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
            ["Telegram:BotToken"] = "",
            ["Discord:BotToken"] = "",
            // Every article is news to the first check (none is a baseline) and carries its whole text (no page fetch).
            ["Feeds:FirstFetchAlertWindow"] = "36500.00:00:00",
            ["Feeds:TeaserLength"] = "0",
        };
        for (var i = 0; i < outlets.Count; i++)
        {
            settings[$"Feeds:Sources:{i}:Name"] = outlets[i];
            settings[$"Feeds:Sources:{i}:Url"] = server.Url($"/feed/{outlets[i]}.xml").ToString();
        }

        var host = NewsBotHost.Create([], settings);
        await host.Services.GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(CancellationToken.None);
        await host.Services.GetRequiredService<SubscriptionStore>().FollowAsync(Everything, null, SubscriptionRules.AllKey, new HashSet<IncidentType>(), CancellationToken.None);
        return host;
    }

    private static async Task ServeAsync(HttpContext context, List<WrittenArticle> articles)
    {
        var outlet = Path.GetFileNameWithoutExtension(context.Request.Path.Value ?? "");
        var items = string.Concat(articles.Where(a => a.Outlet == outlet).Select(a => $"""
            <item><title>{SecurityElement.Escape(a.Title)}</title><link>{a.Url(context)}</link><guid>{a.Id}</guid>
            <pubDate>{a.Published.ToUniversalTime():R}</pubDate><description>{SecurityElement.Escape(a.Text)}</description></item>
            """));
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title><link>https://news.example/</link>{items}</channel></rss>""");
    }

    /// <summary>The development set's articles written for this repository (the seeds need ../shared and stay out).</summary>
    private static List<WrittenArticle> Written() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "devset", "synthetic.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(d => d.GetProperty("source").GetString() == "synthetic")
            .Select(d => new WrittenArticle(
                d.GetProperty("id").GetString()!,
                d.GetProperty("outlet").GetString()!,
                d.GetProperty("title").GetString()!,
                d.GetProperty("text").GetString()!,
                DateTimeOffset.Parse(d.GetProperty("published").GetString()!, CultureInfo.InvariantCulture)))];

    private sealed record WrittenArticle(string Id, string Outlet, string Title, string Text, DateTimeOffset Published)
    {
        public string Url(LoopbackServer server) => server.Url($"/article/{Id}").ToString();

        public string Url(HttpContext context) => $"http://{context.Request.Host}/article/{Id}";
    }
}
