using NewsBot.Delivery;
using NewsBot.Tests.Storage;
using static NewsBot.Tests.Delivery.DeliveryFaultTests;

namespace NewsBot.Tests.Delivery;

/// <summary>The dispatcher with the real Discord platform (nonce + enforce_nonce) against the loopback fake.</summary>
public sealed class DiscordFaultTests
{
    private static readonly DeliveryOptions Fast = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        MaxAttempts = 10,
    };

    [StoreFact]
    public async Task Dispatch_LostAnswersAndTimeouts_NonceKeepsEveryAlertSingle()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(2));
        var channels = await AddChatsAsync(db, 6, "discord");
        await db.AddAlertAsync("UJI0001", [.. channels]);
        await db.AddAlertAsync("UJI0002", [.. channels]);
        var calls = 0;
        // Every third request is created but never answered; a few more fail outright.
        fake.Script = r => Interlocked.Increment(ref calls) switch
        {
            var n when n % 3 == 0 && n < 30 => new FakeAction(FakeActionKind.AcceptThenHang),
            4 or 8 => new FakeAction(FakeActionKind.Abort),
            10 => new FakeAction(FakeActionKind.ServerError),
            _ => FakeAction.Accept,
        };
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Discord(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(15), steps: 40);

        Assert.Equal(12, fake.Ledger.Count);
        Assert.Equal(12, fake.Ledger.Select(e => (e.ChatId, Marker(e.Body))).Distinct().Count());
        Assert.True(fake.NonceHits > 0, "no resend reused its nonce");
        Assert.Equal(12, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'sent'"));
    }

    [StoreFact]
    public async Task Dispatch_MissingAccessAndUnknownChannel_PausesThoseChannelsOnly()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var channels = await AddChatsAsync(db, 10, "discord");
        await db.AddAlertAsync("UJI0001", [.. channels]);
        await db.AddAlertAsync("UJI0002", [.. channels]);
        fake.Script = r => r.ChatId switch
        {
            "1003" => new FakeAction(FakeActionKind.Forbidden),
            "1006" => new FakeAction(FakeActionKind.NotFound),
            _ => FakeAction.Accept,
        };
        var dispatcher = db.CreateDispatcher(Fast, RealPlatforms.Discord(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(1), steps: 10);

        Assert.Equal(16, fake.Ledger.Count);
        Assert.Single(fake.Requests, r => r.ChatId == "1003");
        Assert.Single(fake.Requests, r => r.ChatId == "1006");
        Assert.Equal(4, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'skipped'"));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM chats WHERE paused_at IS NOT NULL"));
    }

    [StoreFact]
    public async Task Dispatch_RateLimitBurst_DeliversEachAlertOnce()
    {
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var channels = await AddChatsAsync(db, 5, "discord");
        await db.AddAlertAsync("UJI0001", [.. channels]);
        var limited = 0;
        fake.Script = r => Interlocked.Increment(ref limited) <= 8 ? new FakeAction(FakeActionKind.RateLimit, RetryAfterSeconds: 0.3) : FakeAction.Accept;
        var dispatcher = db.CreateDispatcher(new DeliveryOptions { PlatformPauseAfterRateLimits = 1000, RetryBaseDelay = TimeSpan.FromMilliseconds(100) }, RealPlatforms.Discord(fake, http));

        await RunUntilDrainedAsync(dispatcher, null, TimeSpan.FromMilliseconds(50), steps: 200);

        Assert.Equal(5, fake.Ledger.Count);
        Assert.Equal(5, fake.Ledger.Select(e => e.ChatId).Distinct().Count());
    }
}
