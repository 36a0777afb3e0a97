using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;
using static NewsBot.Tests.Delivery.DeliveryFaultTests;

namespace NewsBot.Tests.Delivery;

/// <summary>Telegram "chat not found" pauses a chat only after <see cref="DeliveryOptions.PauseAfterChatNotFound"/> in a row.</summary>
public sealed class ChatNotFoundTests
{
    private static readonly DeliveryOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        MaxAttempts = 10,
        PauseAfterChatNotFound = 3,
    };

    [StoreFact]
    public async Task Dispatch_OneNotFound_RetriesWithBackoffAndCountsAttempt()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.ChatNotFound("400: Bad Request: chat not found"));

        await db.CreateDispatcher(Options, platform).DispatchDueAsync(CancellationToken.None);

        var state = await db.RowAsync(row);
        Assert.Equal(("pending", 1), (state.State, state.Attempts));
        Assert.InRange(state.NextAttemptAt - clock.GetUtcNow(), TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(12.5));
        Assert.Equal(1, await NotFoundCountAsync(db, chat));
        Assert.Null(await db.TextAsync("SELECT paused_reason FROM chats WHERE id = @c", ("c", chat)));
    }

    [StoreFact]
    public async Task Dispatch_TwoNotFoundThenSent_ResetsCountAndKeepsChatActive()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chat = await db.AddChatAsync("telegram", "1000", ChatKind.Private);
        var first = (await db.AddAlertAsync("UJI0001", chat)).Single();
        var second = (await db.AddAlertAsync("UJI0002", chat)).Single();
        var calls = 0;
        fake.Script = _ => Interlocked.Increment(ref calls) <= 2 ? new FakeAction(FakeActionKind.NotFound) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Options, RealPlatforms.Telegram(fake, http));

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(15));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var countAfterTwo = await NotFoundCountAsync(db, chat);
        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(30), steps: 10);

        Assert.Equal(2, countAfterTwo);
        Assert.Equal(0, await NotFoundCountAsync(db, chat));
        Assert.Null(await db.TextAsync("SELECT paused_reason FROM chats WHERE id = @c", ("c", chat)));
        Assert.Equal(("sent", 3), ((await db.RowAsync(first)).State, (await db.RowAsync(first)).Attempts));
        Assert.Equal("sent", (await db.RowAsync(second)).State);
        Assert.Equal(["UJI0001", "UJI0002"], fake.Ledger.Select(e => Marker(e.Body)).ToArray());
    }

    [StoreFact]
    public async Task Dispatch_ThreeNotFoundInARow_PausesChatAndSkipsItsQueue()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 3);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        await db.AddAlertAsync("UJI0002", [.. chats]);
        fake.Script = r => r.ChatId == "1001" ? new FakeAction(FakeActionKind.NotFound) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Options, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(30), steps: 20);

        Assert.Equal(3, fake.Requests.Count(r => r.ChatId == "1001"));
        Assert.Equal(4, fake.Ledger.Count);
        Assert.DoesNotContain(fake.Ledger, e => e.ChatId == "1001");
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'skipped' AND chat_id = @c", ("c", chats[1])));
        Assert.Contains("chat not found", await db.TextAsync("SELECT paused_reason FROM chats WHERE id = @c", ("c", chats[1])), StringComparison.Ordinal);
        Assert.NotEqual(0, await db.ScalarAsync("SELECT paused_at FROM chats WHERE id = @c", ("c", chats[1])));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM chats WHERE paused_at IS NOT NULL AND id <> @c", ("c", chats[1])));
    }

    [StoreFact]
    public async Task Dispatch_NotFoundThresholdOne_PausesAtOnce()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var chat = await db.AddChatAsync("telegram", "1");
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.ChatNotFound("400: Bad Request: chat not found"));
        var options = new DeliveryOptions { PauseAfterChatNotFound = 1 };

        await db.CreateDispatcher(options, platform).DispatchDueAsync(CancellationToken.None);

        Assert.Equal("skipped", (await db.RowAsync(row)).State);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM chats WHERE id = @c AND paused_at IS NOT NULL", ("c", chat)));
    }

    [StoreFact]
    public void Validate_PauseAfterChatNotFoundZero_NamesTheSetting()
    {
        var options = new DeliveryOptions { PauseAfterChatNotFound = 0 };

        var result = new SectionValidator<DeliveryOptions>(DeliveryOptions.SectionName).Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Delivery:PauseAfterChatNotFound:", StringComparison.Ordinal));
    }

    private static Task<long> NotFoundCountAsync(OutboxFixture db, long chat) =>
        db.ScalarAsync("SELECT not_found_count FROM chats WHERE id = @c", ("c", chat));
}
