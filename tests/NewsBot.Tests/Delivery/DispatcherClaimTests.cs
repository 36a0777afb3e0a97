using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

public sealed class DispatcherClaimTests
{
    [StoreFact]
    public async Task DispatchDueAsync_ChatWithBacklog_SendsOneRowPerChatPerRoundInOrder()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var busy = await db.AddChatAsync("telegram", "1");
        var quiet = await db.AddChatAsync("telegram", "2");
        for (var i = 0; i < 5; i++)
        {
            await db.AddAlertAsync("busy" + i, busy);
        }

        await db.AddAlertAsync("quiet", quiet);
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(new DeliveryOptions { PlatformMaxInFlight = [], ChatSpacing = [], GroupChatSpacing = [] }, platform);

        var firstRound = await dispatcher.DispatchDueAsync(CancellationToken.None);
        while (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }

        Assert.Equal(2, firstRound);
        Assert.Equal(["busy0", "busy1", "busy2", "busy3", "busy4"], platform.Sends.Where(s => s.ChatId == "1").Select(s => s.Title).ToArray());
        Assert.Contains(platform.Sends.Take(2), s => s.Title == "quiet");
    }

    [StoreFact]
    public async Task DispatchDueAsync_ChatSpacing_DelaysChatsNextRowOnly()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var person = await db.AddChatAsync("telegram", "1", ChatKind.Private);
        var group = await db.AddChatAsync("telegram", "-2", ChatKind.Group);
        await db.AddAlertAsync("A", person, group);
        var second = await db.AddAlertAsync("B", person, group);
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(new DeliveryOptions(), platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var atOnce = await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterOneSecond = await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterThreeSeconds = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal((0, 1, 1), (atOnce, afterOneSecond, afterThreeSeconds));
        Assert.Equal("sent", (await db.RowAsync(second[1])).State);
        Assert.Equal(["A", "A", "B", "B"], platform.Sends.Select(s => s.Title).ToArray());
    }

    [StoreFact]
    public async Task DispatchDueAsync_BigFanOut_DoesNotStarveLaterChat()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var hog = await db.AddChatAsync("discord", "hog");
        for (var i = 0; i < 30; i++)
        {
            await db.AddAlertAsync("hog" + i, hog);
        }

        var late = await db.AddChatAsync("discord", "late");
        await db.AddAlertAsync("late", late);
        var platform = new ScriptedPlatform("discord");
        var dispatcher = db.CreateDispatcher(new DeliveryOptions { BatchSize = 10 }, platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["hog0", "late"], platform.Sends.Select(s => s.Title).Order().ToArray());
    }

    [StoreFact]
    public async Task DispatchDueAsync_PlatformNotConfiguredOrChatPaused_RowsStayPending()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var console = await db.AddChatAsync("console", "c");
        var paused = await db.AddChatAsync("telegram", "p");
        await db.ExecuteAsync("UPDATE chats SET paused_at = 1, paused_reason = 'manual' WHERE id = @c", ("c", paused));
        var rows = await db.AddAlertAsync("A", console, paused);
        var dispatcher = db.CreateDispatcher(new DeliveryOptions(), new ScriptedPlatform("telegram"));

        var finished = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, finished);
        Assert.Equal("pending", (await db.RowAsync(rows[0])).State);
        Assert.Equal("pending", (await db.RowAsync(rows[1])).State);
        Assert.Equal(0, await dispatcher.CountDeliverableAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task DispatchDueAsync_ExpiredLeaseOfCrashedSender_ReclaimsAndSends()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var leaseEnd = clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds();
        await db.ExecuteAsync("UPDATE outbox SET state = 'sending', lease_owner = 'dead-process', lease_until = @u WHERE id = @id", ("u", leaseEnd), ("id", row));
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(new DeliveryOptions(), platform);

        var beforeExpiry = await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(31));
        var afterExpiry = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, beforeExpiry);
        Assert.Equal(1, afterExpiry);
        Assert.Equal("sent", (await db.RowAsync(row)).State);
    }

    [StoreFact]
    public async Task DispatchDueAsync_TelegramDefaults_KeepsOneSendInFlight()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var chats = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            chats.Add(await db.AddChatAsync("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            chats.Add(await db.AddChatAsync("discord", "d" + i));
        }

        await db.AddAlertAsync("A", [.. chats]);
        var telegram = new ScriptedPlatform("telegram");
        var discord = new ScriptedPlatform("discord");

        var finished = await db.CreateDispatcher(new DeliveryOptions(), telegram, discord).DispatchDueAsync(CancellationToken.None);

        Assert.Equal(16, finished);
        Assert.Equal(1, telegram.MaxConcurrent);
        Assert.True(discord.MaxConcurrent >= 1);
    }

    [StoreFact]
    public async Task DispatchDueAsync_ShutdownWhileQueued_ReleasesUnsentRows()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var first = await db.AddChatAsync("telegram", "1");
        var second = await db.AddChatAsync("telegram", "2");
        var rows = await db.AddAlertAsync("A", first, second);
        var platform = new ScriptedPlatform("telegram") { Gate = new TaskCompletionSource() };
        var dispatcher = db.CreateDispatcher(new DeliveryOptions { ShutdownGrace = TimeSpan.FromSeconds(30) }, platform);
        using var stopping = new CancellationTokenSource();

        var round = dispatcher.DispatchDueAsync(stopping.Token);
        // Both rows claimed and one of them on the wire (Telegram allows one send in flight).
        while (platform.InFlight < 1 || await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'sending'") < 2)
        {
            await Task.Yield();
        }

        await stopping.CancelAsync();
        platform.Gate.SetResult();
        await round;

        // The send on the wire finishes within the grace period; the queued one goes back untouched.
        var states = new[] { await db.RowAsync(rows[0]), await db.RowAsync(rows[1]) };
        Assert.Single(states, s => s.State == "sent");
        Assert.Single(states, s => s.State == "pending" && s.Attempts == 0);
        Assert.Single(platform.Sends);
    }

    [StoreFact]
    public async Task SummarizeAsync_MixedStates_CountsPerPlatform()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var telegram = await db.AddChatAsync("telegram", "1");
        var discord = await db.AddChatAsync("discord", "2");
        var rows = await db.AddAlertAsync("A", telegram, discord);
        await db.AddAlertAsync("B", telegram);
        await db.ExecuteAsync("UPDATE outbox SET state = 'dead' WHERE id = @id", ("id", rows[1]));
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(new DeliveryOptions(), platform);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));

        var summary = await dispatcher.SummarizeAsync(CancellationToken.None);

        Assert.Equal(1, summary.Pending);
        Assert.False(summary.IsDrained);
        Assert.Equal(TimeSpan.FromMinutes(5), summary.OldestPendingAge);
        Assert.Equal(new PlatformDeliveryCounts("discord", 0, 0, 0, 1, 0), summary.Platforms[0]);
        Assert.Equal(new PlatformDeliveryCounts("telegram", 1, 0, 1, 0, 0), summary.Platforms[1]);
    }
}
