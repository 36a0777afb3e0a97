using System.Text.Json.Nodes;
using NewsBot.Alerts;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;
using static NewsBot.Tests.Delivery.DeliveryFaultTests;

namespace NewsBot.Tests.Delivery;

/// <summary>A "Pembaruan" goes out as a reply to its incident's first alert in the same chat, through the real platforms.</summary>
public sealed class FollowUpReplyTests
{
    private static readonly DeliveryOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(10), MaxAttempts = 3 };

    [StoreFact]
    public async Task Dispatch_TelegramFollowUpQueuedBeforeOriginalWasSent_RepliesToOriginalMessage()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(30));
        var chats = await AddChatsAsync(db, 2);
        var incident = await IncidentOfAsync(db, await db.AddAlertAsync("UJI0001", [.. chats]));
        await AddFollowUpAsync(db, incident, "UJI0002", chats);
        var dispatcher = db.CreateDispatcher(Options, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(5), steps: 20);

        Assert.Equal(4, fake.Ledger.Count);
        foreach (var chat in fake.Ledger.GroupBy(e => e.ChatId))
        {
            var original = Assert.Single(chat, e => Marker(e.Body) == "UJI0001");
            var followUp = JsonNode.Parse(Assert.Single(chat, e => Marker(e.Body) == "UJI0002").Body)!;
            Assert.Null(JsonNode.Parse(original.Body)!["reply_parameters"]);
            Assert.Equal(original.MessageId, followUp["reply_parameters"]!["message_id"]!.ToJsonString());
            Assert.True(followUp["reply_parameters"]!["allow_sending_without_reply"]!.GetValue<bool>());
            Assert.Contains("Pembaruan", followUp["text"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [StoreFact]
    public async Task Dispatch_DiscordFollowUp_ReferencesOriginalWithoutFailingIfGone()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(30));
        var channels = await AddChatsAsync(db, 2, "discord");
        var incident = await IncidentOfAsync(db, await db.AddAlertAsync("UJI0001", [.. channels]));
        await AddFollowUpAsync(db, incident, "UJI0002", channels);
        var dispatcher = db.CreateDispatcher(Options, RealPlatforms.Discord(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(5), steps: 20);

        Assert.Equal(4, fake.Ledger.Count);
        foreach (var channel in fake.Ledger.GroupBy(e => e.ChatId))
        {
            var original = Assert.Single(channel, e => Marker(e.Body) == "UJI0001");
            var followUp = JsonNode.Parse(Assert.Single(channel, e => Marker(e.Body) == "UJI0002").Body)!;
            Assert.Null(JsonNode.Parse(original.Body)!["message_reference"]);
            Assert.Equal(original.MessageId, followUp["message_reference"]!["message_id"]!.GetValue<string>());
            Assert.False(followUp["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
        }
    }

    [StoreTheory]
    [InlineData("telegram", "reply_parameters")]
    [InlineData("discord", "message_reference")]
    public async Task Dispatch_OriginalNeverDelivered_FollowUpGoesOutAsNormalMessage(string platform, string replyField)
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(30));
        var chats = await AddChatsAsync(db, 1, platform);
        var incident = await IncidentOfAsync(db, await db.AddAlertAsync("UJI0001", [.. chats]));
        await AddFollowUpAsync(db, incident, "UJI0002", chats);
        // The platform refuses the original for good (a formatting error): it is dead, never delivered.
        fake.Script = r => Marker(r.Body) == "UJI0001" ? new FakeAction(FakeActionKind.BadRequest) : FakeAction.Accept;
        var dispatcher = platform == "telegram"
            ? db.CreateDispatcher(Options, RealPlatforms.Telegram(fake, http))
            : db.CreateDispatcher(Options, RealPlatforms.Discord(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(5), steps: 20);

        var sent = Assert.Single(fake.Ledger);
        Assert.Equal("UJI0002", Marker(sent.Body));
        Assert.Null(JsonNode.Parse(sent.Body)![replyField]);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'dead'"));
    }

    [StoreFact]
    public async Task Dispatch_OriginalWentOutInDigest_FollowUpRepliesToTheDigestMessage()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(30));
        var chats = await AddChatsAsync(db, 1);
        var original = (await db.AddAlertAsync("UJI0001", [.. chats]))[0];
        var incident = await IncidentOfAsync(db, [original]);
        // The original was folded into a digest row, and that digest reached the chat as message 42.
        var digest = await db.ScalarAsync(
            "INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at, platform_message_id) VALUES (@chat, @incident, 'digest:1', '{}', 'sent', 0, 0, '42') RETURNING id",
            ("chat", chats[0]), ("incident", incident));
        await db.ExecuteAsync("UPDATE outbox SET state = 'merged', merged_into = @digest WHERE id = @id", ("digest", digest), ("id", original));
        await AddFollowUpAsync(db, incident, "UJI0002", chats);
        var dispatcher = db.CreateDispatcher(Options, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(5), steps: 20);

        var sent = JsonNode.Parse(Assert.Single(fake.Ledger).Body)!;
        Assert.Equal(42, sent["reply_parameters"]!["message_id"]!.GetValue<int>());
    }

    private static async Task<long> IncidentOfAsync(OutboxFixture db, List<long> rows) =>
        await db.ScalarAsync("SELECT incident_id FROM outbox WHERE id = @id", ("id", rows[0]));

    /// <summary>Queues a follow-up the way the feed check does: one row per chat under the incident's update key.</summary>
    private static async Task AddFollowUpAsync(OutboxFixture db, long incident, string title, IEnumerable<long> chats)
    {
        var alert = OutboxFixture.SampleAlert(title) with { IsUpdate = true, Summary = "Yang baru: dikonfirmasi oleh pihak perusahaan. " + title };
        foreach (var chat in chats)
        {
            await db.ExecuteAsync(
                """
                INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
                VALUES (@chat, @incident, @key, @payload, 'pending', 0, 0)
                """,
                ("chat", chat), ("incident", incident), ("key", AlertOutbox.FollowUpKey(incident, 99)), ("payload", AlertJson.Serialize(alert)));
        }
    }
}
