using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

public sealed class DispatcherOutcomeTests
{
    private static readonly DeliveryOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(10),
        MaxAttempts = 3,
        PlatformPauseAfterRateLimits = 3,
    };

    [StoreFact]
    public async Task DispatchDueAsync_Accepted_MarksSentWithMessageId()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var chat = await db.AddChatAsync("telegram", "-100");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");

        var finished = await db.CreateDispatcher(Options, platform).DispatchDueAsync(CancellationToken.None);

        var state = await db.RowAsync(row);
        Assert.Equal(1, finished);
        Assert.Equal("sent", state.State);
        Assert.Equal("m" + row, state.MessageId);
        Assert.Equal(("-100", "A", row.ToString(System.Globalization.CultureInfo.InvariantCulture)), Assert.Single(platform.Sends));
    }

    [StoreFact]
    public async Task DispatchDueAsync_TransientFailure_BacksOffWithJitterThenDies()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.Retry("500"), SendOutcome.Retry("500"), SendOutcome.Retry("500"));
        var dispatcher = db.CreateDispatcher(Options, platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var first = await db.RowAsync(row);
        clock.Advance(TimeSpan.FromSeconds(5));
        var early = await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(8));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var second = await db.RowAsync(row);
        clock.Advance(TimeSpan.FromSeconds(30));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var third = await db.RowAsync(row);

        var start = TestClock.Create().GetUtcNow();
        Assert.Equal(("pending", 1, "500"), (first.State, first.Attempts, first.LastError));
        Assert.InRange(first.NextAttemptAt - start, TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(12.5));
        Assert.Equal(0, early);
        Assert.Equal(("pending", 2), (second.State, second.Attempts));
        Assert.InRange(second.NextAttemptAt - start - TimeSpan.FromSeconds(13), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(25));
        Assert.Equal(("dead", 3), (third.State, third.Attempts));
        Assert.Empty(platform.Sends);
    }

    [StoreFact]
    public async Task DispatchDueAsync_RateLimited_WaitsRetryAfterWithoutCountingAndPausesPlatformWhenRepeated()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chats = new[] { await db.AddChatAsync("telegram", "1"), await db.AddChatAsync("telegram", "2"), await db.AddChatAsync("telegram", "3") };
        var rows = await db.AddAlertAsync("A", chats);
        var extra = await db.AddChatAsync("telegram", "4");
        var platform = new ScriptedPlatform("telegram");
        foreach (var id in new[] { "1", "2", "3" })
        {
            platform.Script(id, SendOutcome.RateLimited(TimeSpan.FromSeconds(20)));
        }

        var dispatcher = db.CreateDispatcher(Options, platform);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var limited = await db.RowAsync(rows[0]);
        var late = (await db.AddAlertAsync("B", extra)).Single();
        var whilePaused = await dispatcher.DispatchDueAsync(CancellationToken.None);
        var lateWhilePaused = await db.RowAsync(late);
        clock.Advance(TimeSpan.FromSeconds(23));
        var afterWait = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(("pending", 0), (limited.State, limited.Attempts));
        Assert.Equal(TimeSpan.FromSeconds(22), limited.NextAttemptAt - TestClock.Create().GetUtcNow());
        Assert.Equal(0, whilePaused);
        Assert.Equal("pending", lateWhilePaused.State);
        Assert.Equal(4, afterWait);
        Assert.Equal(4, platform.Sends.Count);
    }

    [StoreFact]
    public async Task DispatchDueAsync_ChatGone_PausesChatAndSkipsItsQueue()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var gone = await db.AddChatAsync("discord", "10");
        var other = await db.AddChatAsync("discord", "11");
        var first = await db.AddAlertAsync("A", gone, other);
        var second = await db.AddAlertAsync("B", gone, other);
        var platform = new ScriptedPlatform("discord");
        platform.Script("10", SendOutcome.Gone("403 Missing Access"));
        var dispatcher = db.CreateDispatcher(Options, platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal("skipped", (await db.RowAsync(first[0])).State);
        Assert.Equal("skipped", (await db.RowAsync(second[0])).State);
        Assert.Equal("403 Missing Access", await db.TextAsync("SELECT paused_reason FROM chats WHERE id = @c", ("c", gone)));
        Assert.Equal("sent", (await db.RowAsync(first[1])).State);
        Assert.Equal("sent", (await db.RowAsync(second[1])).State);
        Assert.DoesNotContain(platform.Sends, s => s.ChatId == "10");
    }

    [StoreFact]
    public async Task DispatchDueAsync_ChatMoved_RekeysChatAndResendsToNewId()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var chat = await db.AddChatAsync("telegram", "-1");
        var rows = await db.AddAlertAsync("A", chat);
        var platform = new ScriptedPlatform("telegram");
        platform.Script("-1", SendOutcome.Moved("-1001"));
        var dispatcher = db.CreateDispatcher(Options, platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal("-1001", await db.TextAsync("SELECT external_id FROM chats WHERE id = @c", ("c", chat)));
        Assert.Equal("sent", (await db.RowAsync(rows[0])).State);
        Assert.Equal("-1001", Assert.Single(platform.Sends).ChatId);
    }

    [StoreFact]
    public async Task DispatchDueAsync_ChatMovedOntoKnownChat_MergesAndSendsOnce()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var old = await db.AddChatAsync("telegram", "-1");
        var target = await db.AddChatAsync("telegram", "-1001");
        var both = await db.AddAlertAsync("A", old, target);
        var onlyOld = (await db.AddAlertAsync("B", old)).Single();
        var platform = new ScriptedPlatform("telegram");
        platform.Script("-1", SendOutcome.Moved("-1001"));
        var dispatcher = db.CreateDispatcher(Options, platform);

        for (var i = 0; i < 4; i++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM chats WHERE id = @c", ("c", old)));
        Assert.Equal(target, (await db.RowAsync(onlyOld)).ChatId);
        Assert.Equal("sent", (await db.RowAsync(both[1])).State);
        Assert.Equal(["A", "B"], platform.Sends.Select(s => s.Title).Order().ToArray());
        Assert.All(platform.Sends, s => Assert.Equal("-1001", s.ChatId));
    }

    [StoreFact]
    public async Task DispatchDueAsync_Rejected_MarksDeadAtOnce()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var chat = await db.AddChatAsync("telegram", "1");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.Rejected("can't parse entities"));

        var finished = await db.CreateDispatcher(Options, platform).DispatchDueAsync(CancellationToken.None);

        var state = await db.RowAsync(row);
        Assert.Equal(1, finished);
        Assert.Equal(("dead", "can't parse entities"), (state.State, state.LastError));
    }
}
