using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Cli;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// End to end against the npm emulator telegram-test-api: users send commands through the emulator's
/// client routes, NewsBot polls it, the seed article (with a hostile title) goes feed → analysis → outbox
/// → TelegramPlatform, and the test reads what the bot sent. getChatMember, which the emulator lacks,
/// is answered by the loopback fake that forwards every other method to the emulator.
/// </summary>
public sealed class TelegramEmulatorEndToEndTests(TelegramEmulatorFixture emulator) : IClassFixture<TelegramEmulatorFixture>
{
    private const long PrivateUser = 501;
    private const long GroupMember = 502;
    private const long GroupAdmin = 503;
    private const long Group = -1009001;
    private const long NewGroup = -1009002;
    private const string HostilePrefix = "<b>Xiaomi</b> & Forbes: ";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [SharedDataFact("seeds")]
    public async Task SubscribeAndDeliver_SeedArticleWithHostileTitle_EscapedAlertsAndGroupAdminCheck()
    {
        // Arrange: the seed article as a loopback feed, the fake in front of the emulator, NewsBot's host.
        var seed = SeedArticle();
        using var data = new TempFolder();
        await using SampleFeedServer feeds = await SampleFeedServer.StartAsync(data.Path);
        await File.WriteAllTextAsync(Path.Combine(data.Path, "seed.xml"), Rss(HostilePrefix + seed.Title, seed.Body, feeds.UrlOf("xiaomi-2020")));
        await using FakeBotApi api = await FakeBotApi.StartAsync();
        api.Upstream = emulator.BaseUrl;
        api.SetMember(Group, GroupAdmin, "administrator");
        api.SetMember(Group, GroupMember, "member");
        var logs = new CapturingLoggerProvider();
        using IHost host = NewsBotHost.Create([], Settings(api, feeds, data.Path), builder => builder.Logging.AddProvider(logs));
        foreach (IHostedService initializer in host.Services.GetServices<IHostedService>().OfType<StorageInitializer>())
        {
            await initializer.StartAsync(CancellationToken.None);
        }

        TelegramPollingService poller = host.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();
        await poller.StartAsync(CancellationToken.None);
        try
        {
            // Act 1: commands in a private chat and a group (a member is refused, an admin succeeds).
            await emulator.SendCommandAsync(FakeBotApi.Token, Json.User(PrivateUser), Json.Chat(PrivateUser), "/ikuti xiaomi");
            List<JsonElement> privateReplies = await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, PrivateUser, 1, Wait);
            await emulator.SendCommandAsync(FakeBotApi.Token, Json.User(GroupMember), Json.Chat(Group), "/ikuti@TestNameBot xiaomi");
            List<JsonElement> refusal = await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, Group, 1, Wait);
            await emulator.SendCommandAsync(FakeBotApi.Token, Json.User(GroupAdmin), Json.Chat(Group), "/ikuti xiaomi");
            List<JsonElement> accepted = await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, Group, 1, Wait);
            await emulator.SendCommandAsync(FakeBotApi.Token, Json.User(GroupMember), Json.Chat(Group), "/ikuti@SomeOtherBot xiaomi");
            await emulator.InjectAsync(FakeBotApi.Token, BotAdded(NewGroup));
            List<JsonElement> welcome = await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, NewGroup, 1, Wait);

            // Act 2: the feed check turns the seed article into an incident and outbox rows; deliver them.
            await host.Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);
            Dispatcher dispatcher = host.Services.GetRequiredService<Dispatcher>();
            List<JsonElement> privateAlert = await DeliverAndReadAsync(dispatcher, PrivateUser);
            List<JsonElement> groupAlert = await DeliverAndReadAsync(dispatcher, Group);

            // Assert: replies.
            Assert.Contains("mengikuti Xiaomi", Text(Assert.Single(privateReplies)), StringComparison.Ordinal);
            Assert.Equal(Texts.NotAdmin, Text(Assert.Single(refusal)));
            Assert.Contains("mengikuti Xiaomi", Text(Assert.Single(accepted)), StringComparison.Ordinal);
            Assert.StartsWith("Halo! Saya NewsBot", Text(Assert.Single(welcome)), StringComparison.Ordinal);
            Assert.Empty(await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, Group, 1, TimeSpan.FromMilliseconds(300)));
            Assert.Contains(api.CallsTo("getChatMember"), c => c.Body.GetProperty("user_id").GetInt64() == GroupMember);

            // Assert: the alert in both chats, HTML-escaped, valid for a strict parser, with a source button.
            foreach (JsonElement alert in new[] { Assert.Single(privateAlert), Assert.Single(groupAlert) })
            {
                string html = Text(alert);
                Assert.Equal("HTML", alert.GetProperty("parse_mode").GetString(), ignoreCase: true);
                Assert.Contains("&lt;b&gt;Xiaomi&lt;/b&gt; &amp; Forbes", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<b>Xiaomi</b> &", html, StringComparison.Ordinal);
                TelegramHtmlResult parsed = TelegramHtmlParser.Parse(html);
                Assert.True(parsed.Ok, parsed.Error);
                Assert.Contains(HostilePrefix + seed.Title, parsed.VisibleText, StringComparison.Ordinal);
                Assert.StartsWith("🔔 Xiaomi", parsed.VisibleText, StringComparison.Ordinal);
                Assert.Equal(feeds.UrlOf("xiaomi-2020"), alert.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("url").GetString());
            }

            // Assert: every send was read back as sent (a failed decode would mean a retry and a duplicate).
            Assert.DoesNotContain(logs.Lines, l => l.Contains(typeof(TelegramPlatform).FullName!, StringComparison.Ordinal));
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    private async Task<List<JsonElement>> DeliverAndReadAsync(Dispatcher dispatcher, long chatId)
    {
        var messages = new List<JsonElement>();
        var deadline = TimeProvider.System.GetUtcNow() + Wait;
        while (messages.Count == 0 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            messages.AddRange(await emulator.WaitForBotMessagesAsync(FakeBotApi.Token, chatId, 1, TimeSpan.FromMilliseconds(500)));
        }

        return messages;
    }

    private static string Text(JsonElement message) => message.GetProperty("text").GetString()!;

    private static (string Title, string Body) SeedArticle()
    {
        string[] lines = File.ReadAllLines(Directory.GetFiles(SharedFolder.Locate("seeds"), "000_*.txt").Single());
        string title = lines.First(l => l.Trim().Length > 0).Trim();
        return (title, string.Join('\n', lines.SkipWhile(l => l.Trim() != title).Skip(1)).Trim());
    }

    /// <summary>The title is HTML-escaped twice: feed titles are HTML, so the reader must see a literal "&lt;b&gt;".</summary>
    private static string Rss(string title, string body, string link) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Seed</title><link>http://127.0.0.1/</link><description>seed</description>
        <item><title>{WebUtility.HtmlEncode(WebUtility.HtmlEncode(title))}</title><link>{link}</link><guid>seed-000</guid>
        <pubDate>Sat, 02 May 2020 06:43:00 GMT</pubDate><description>{WebUtility.HtmlEncode(body)}</description></item>
        </channel></rss>
        """;

    private static JsonObject BotAdded(long chatId) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Json.Chat(chatId, "Grup Baru"),
            ["from"] = Json.User(GroupAdmin),
            ["date"] = 1767225600,
            ["old_chat_member"] = new JsonObject { ["status"] = "left", ["user"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot" } },
            ["new_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot" } },
        },
    };

    private static Dictionary<string, string?> Settings(FakeBotApi api, SampleFeedServer feeds, string dataDirectory) => new()
    {
        ["Storage:DataDirectory"] = dataDirectory,
        ["Feeds:Sources:0:Name"] = "SINDOnews",
        ["Feeds:Sources:0:Url"] = feeds.UrlOf("seed.xml"),
        ["Feeds:FirstFetchAlertWindow"] = "36500.00:00:00",
        ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
        ["Telegram:BotToken"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl.AbsoluteUri,
        ["Telegram:PollTimeout"] = "00:00:00",
        ["Telegram:PollIdleDelay"] = "00:00:00.100",
        ["Telegram:ChatInterval"] = "00:00:00",
        ["Discord:BotToken"] = "",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:NewsBot.Chat.Telegram.TelegramPlatform"] = "Information",
    };

    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-tg-e2e-");

        public string Path => _folder.FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
