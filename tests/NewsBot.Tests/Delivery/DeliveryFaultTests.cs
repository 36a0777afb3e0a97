using System.Text.RegularExpressions;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>The dispatcher with the real Telegram platform against the loopback fake's scripted failures.</summary>
public sealed partial class DeliveryFaultTests
{
    private static readonly DeliveryOptions Fast = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        MaxAttempts = 10,
        PlatformPauseAfterRateLimits = 1000,
    };

    [StoreFact]
    public async Task Dispatch_ServerErrors_RetriesUntilDeliveredOnce()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 5);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        var failures = 0;
        fake.Script = r => Interlocked.Increment(ref failures) <= 8 ? new FakeAction(failures % 2 == 0 ? FakeActionKind.ServerError : FakeActionKind.BadGateway) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(15), steps: 40);

        Assert.Equal(5, fake.Ledger.Count);
        Assert.Equal(5, fake.Ledger.Select(e => e.ChatId).Distinct().Count());
        Assert.Equal(5, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'sent'"));
    }

    [StoreFact]
    public async Task Dispatch_RateLimitBurst_WaitsRetryAfterAndLosesNothing()
    {
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 6);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        await db.AddAlertAsync("UJI0002", [.. chats]);
        var limited = 0;
        fake.Script = r => Interlocked.Increment(ref limited) <= 6 ? new FakeAction(FakeActionKind.RateLimit, RetryAfterSeconds: 1) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, null, TimeSpan.FromMilliseconds(50), steps: 400);

        Assert.Equal(12, fake.Ledger.Count);
        Assert.Equal(12, fake.Ledger.Select(e => (e.ChatId, Marker(e.Body))).Distinct().Count());
        // No request reached a chat inside the retry_after it was given.
        foreach (var chat in fake.Requests.GroupBy(r => r.ChatId))
        {
            var times = chat.OrderBy(r => r.At).ToList();
            for (var i = 1; i < times.Count; i++)
            {
                var wasLimited = fake.Requests.Take(6).Contains(times[i - 1]);
                Assert.True(!wasLimited || times[i].At - times[i - 1].At >= TimeSpan.FromSeconds(1), $"chat {chat.Key} resent after {(times[i].At - times[i - 1].At).TotalMilliseconds} ms");
            }
        }
    }

    [StoreFact]
    public async Task Dispatch_TimeoutsAndLostAnswers_RetriesWithAtMostOneDuplicatePerLostAnswer()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var impatient = RealPlatforms.Http(TimeSpan.FromSeconds(3));
        var chats = await AddChatsAsync(db, 4);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        var calls = 0;
        // First request hangs without creating anything, second is created but its answer never comes.
        fake.Script = r => Interlocked.Increment(ref calls) switch
        {
            1 => new FakeAction(FakeActionKind.Hang),
            2 => new FakeAction(FakeActionKind.AcceptThenHang),
            3 => new FakeAction(FakeActionKind.Abort),
            _ => FakeAction.Accept,
        };
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, impatient));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(15), steps: 20);

        var perChat = fake.Ledger.GroupBy(e => e.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, perChat.Count);
        Assert.Equal(5, fake.Ledger.Count);
        Assert.Single(perChat, p => p.Value == 2);
    }

    [StoreFact]
    public async Task Dispatch_ForbiddenMidFanOut_PausesThatChatAndDeliversTheRest()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 20);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        await db.AddAlertAsync("UJI0002", [.. chats]);
        fake.Script = r => r.ChatId == "1007" ? new FakeAction(FakeActionKind.Forbidden) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(1), steps: 20);

        Assert.Equal(38, fake.Ledger.Count);
        Assert.Single(fake.Requests, r => r.ChatId == "1007");
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'skipped'"));
        Assert.StartsWith("403", await db.TextAsync("SELECT paused_reason FROM chats WHERE external_id = '1007'"), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Dispatch_MigrateToChatId_MovesChatAndDeliversOnNewIdOnly()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var group = await db.AddChatAsync("telegram", "-42");
        await db.AddAlertAsync("UJI0001", group);
        await db.AddAlertAsync("UJI0002", group);
        fake.Script = r => r.ChatId == "-42" ? new FakeAction(FakeActionKind.Migrate, NewChatId: "-10042") : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(1), steps: 20);

        Assert.Equal(["UJI0001", "UJI0002"], fake.Ledger.Select(e => Marker(e.Body)).ToArray());
        Assert.All(fake.Ledger, e => Assert.Equal("-10042", e.ChatId));
        Assert.Single(fake.Requests, r => r.ChatId == "-42");
        Assert.Equal("-10042", await db.TextAsync("SELECT external_id FROM chats WHERE id = @c", ("c", group)));
    }

    [StoreFact]
    public async Task Dispatch_PlatformDownForMinutes_RowsWaitThenDeliverOnce()
    {
        var clock = TestClock.Create();
        var start = clock.GetUtcNow();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 10);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        await db.AddAlertAsync("UJI0002", [.. chats]);
        fake.Script = r => clock.GetUtcNow() - start < TimeSpan.FromMinutes(12) ? new FakeAction(FakeActionKind.BadGateway) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(20), steps: 33);
        var duringOutage = await dispatcher.SummarizeAsync(CancellationToken.None);
        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(20), steps: 60);

        Assert.Equal(20, duringOutage.Pending);
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'dead'"));
        Assert.Equal(20, fake.Ledger.Count);
        Assert.Equal(20, fake.Ledger.Select(e => (e.ChatId, Marker(e.Body))).Distinct().Count());
        Assert.True(fake.Requests.Count < 20 * 10, $"{fake.Requests.Count} requests: backoff did not slow retries");
    }

    internal static async Task<List<long>> AddChatsAsync(OutboxFixture db, int count, string platform = "telegram")
    {
        var chats = new List<long>();
        for (var i = 0; i < count; i++)
        {
            chats.Add(await db.AddChatAsync(platform, (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ChatKind.Private));
        }

        return chats;
    }

    /// <summary>
    /// Dispatches until nothing is due, then moves the clock by <paramref name="step"/> (or waits it in real time),
    /// at most <paramref name="steps"/> times; stops early once the outbox is drained.
    /// </summary>
    internal static async Task RunUntilDrainedAsync(Dispatcher dispatcher, FakeTimeProvider? clock, TimeSpan step, int steps)
    {
        // On the real clock the steps are polls, not a budget: a loaded machine gets up to two minutes to drain.
        var realTime = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; clock is null ? realTime.Elapsed < TimeSpan.FromMinutes(2) : i < steps; i++)
        {
            while ((await dispatcher.DispatchRoundAsync(CancellationToken.None)).Claimed > 0)
            {
            }

            if (await dispatcher.CountDeliverableAsync(CancellationToken.None) == 0)
            {
                return;
            }

            if (clock is null)
            {
                await Task.Delay(step);
            }
            else
            {
                clock.Advance(step);
            }
        }
    }

    internal static string Marker(string body) => MarkerPattern().Match(body).Value;

    [GeneratedRegex("UJI[0-9]{4}")]
    private static partial Regex MarkerPattern();
}
