using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NewsBot.Alerts;
using NewsBot.Chat;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;
using static NewsBot.Tests.Delivery.DeliveryFaultTests;

namespace NewsBot.Tests.Delivery;

/// <summary>A rejected bot token (401) stops the platform's lane instead of burning retries; a probe can resume it.</summary>
public sealed class UnauthorizedTests
{
    private static readonly DeliveryOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        MaxAttempts = 3,
        UnauthorizedProbeInterval = TimeSpan.FromMinutes(15),
    };

    [StoreFact]
    public async Task Dispatch_TelegramUnauthorized_StopsLaneKeepsRowsAndLogsCriticalOnce()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 3);
        var rows = (await db.AddAlertAsync("UJI0001", [.. chats])).Concat(await db.AddAlertAsync("UJI0002", [.. chats])).ToList();
        fake.Script = _ => new FakeAction(FakeActionKind.Unauthorized);
        var logs = new CapturingLoggerProvider();
        var dispatcher = db.CreateDispatcher(Options, logs.CreateLogger<Dispatcher>(), RealPlatforms.Telegram(fake, http));

        // 14 minutes of rounds: inside the probe interval nothing more may reach Telegram.
        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromMinutes(1), steps: 14);

        Assert.Single(fake.Requests);
        Assert.True(dispatcher.IsStopped("telegram"));
        foreach (var row in rows)
        {
            var state = await db.RowAsync(row);
            Assert.Equal(("pending", 0), (state.State, state.Attempts));
        }

        var critical = Assert.Single(logs.Lines, m => m.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("telegram", critical, StringComparison.Ordinal);
        Assert.Contains("Telegram:BotToken", critical, StringComparison.Ordinal);
        Assert.Contains("restart", critical, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Dispatch_TelegramUnauthorized_TokenNeverLogged()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 2);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        fake.Script = _ => new FakeAction(FakeActionKind.Unauthorized);
        var logs = new CapturingLoggerProvider();
        var dispatcher = db.CreateDispatcher(Options, logs.CreateLogger<Dispatcher>(), RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromMinutes(16), steps: 3);
        var status = StatusText.Format([], await dispatcher.SummarizeAsync(CancellationToken.None));

        var secret = RealPlatforms.TelegramToken.Split(':')[1];
        Assert.Contains(logs.Lines, m => m.StartsWith("Critical", StringComparison.Ordinal));
        Assert.All(logs.Lines, m => Assert.DoesNotContain(secret, m, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, status, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await db.TextAsync($"SELECT {db.Database.Dialect.JoinedList("COALESCE(last_error, '')")} FROM outbox") ?? "", StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task SummarizeAsync_PlatformStopped_StatusTextSaysStoppedSinceInWib()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        await db.AddAlertAsync("A", chat);
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.Unauthorized("401: Unauthorized"));
        var dispatcher = db.CreateDispatcher(Options, platform, new ScriptedPlatform("discord"));

        var before = StatusText.Format([], await dispatcher.SummarizeAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        var summary = await dispatcher.SummarizeAsync(CancellationToken.None);
        var after = StatusText.Format([], summary);

        Assert.DoesNotContain("BERHENTI", before, StringComparison.Ordinal);
        Assert.Equal(new StoppedPlatform("telegram", TestClock.Create().GetUtcNow()), Assert.Single(summary.Stopped));
        Assert.Contains(
            "telegram: BERHENTI — token bot ditolak (401) sejak Selasa, 01 Desember 2026 10:00 WIB; operator perlu memperbaiki token lalu memulai ulang",
            after,
            StringComparison.Ordinal);
        Assert.DoesNotContain("discord: BERHENTI", after, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Dispatch_ProbeAfterIntervalSucceeds_ResumesAndDeliversEverything()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var chats = await AddChatsAsync(db, 3);
        await db.AddAlertAsync("UJI0001", [.. chats]);
        await db.AddAlertAsync("UJI0002", [.. chats]);
        var calls = 0;
        // The first answer is a glitch 401; the platform is healthy afterwards.
        fake.Script = _ => Interlocked.Increment(ref calls) == 1 ? new FakeAction(FakeActionKind.Unauthorized) : FakeAction.Accept;
        var logs = new CapturingLoggerProvider();
        var dispatcher = db.CreateDispatcher(Options, logs.CreateLogger<Dispatcher>(), RealPlatforms.Telegram(fake, http));

        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromMinutes(1), steps: 14);
        var requestsWhileStopped = fake.Requests.Count;
        clock.Advance(TimeSpan.FromMinutes(1));
        var probe = await dispatcher.DispatchRoundAsync(CancellationToken.None);
        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromSeconds(5), steps: 20);

        Assert.Equal(1, requestsWhileStopped);
        Assert.Equal(1, probe.Claimed);
        Assert.False(dispatcher.IsStopped("telegram"));
        Assert.Equal(6, fake.Ledger.Count);
        Assert.Equal(6, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'sent'"));
        Assert.Contains(logs.Lines, m => m.StartsWith("Information", StringComparison.Ordinal) && m.Contains("resumed", StringComparison.Ordinal));
        Assert.DoesNotContain("BERHENTI", StatusText.Format([], await dispatcher.SummarizeAsync(CancellationToken.None)), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Dispatch_ProbeStillUnauthorized_OneProbePerIntervalAndNoNewCriticalLine()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chats = new[] { await db.AddChatAsync("telegram", "1"), await db.AddChatAsync("telegram", "2") };
        var rows = await db.AddAlertAsync("A", chats);
        var platform = new CountingUnauthorizedPlatform("telegram");
        var logs = new CapturingLoggerProvider();
        var dispatcher = db.CreateDispatcher(Options, logs.CreateLogger<Dispatcher>(), platform);

        for (var minute = 0; minute < 46; minute++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        // t=0 (the stop), then probes at 15, 30 and 45 minutes.
        Assert.Equal(4, platform.Calls);
        Assert.Single(logs.Lines, m => m.StartsWith("Critical", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            Assert.Equal(("pending", 0), ((await db.RowAsync(row)).State, (await db.RowAsync(row)).Attempts));
        }
    }

    [StoreFact]
    public async Task Dispatch_DiscordUnauthorized_StopsLaneWithoutFurtherRequests()
    {
        var clock = TestClock.Create();
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(clock);
        using var http = RealPlatforms.Http(TimeSpan.FromSeconds(10));
        var channels = await AddChatsAsync(db, 4, "discord");
        var rows = await db.AddAlertAsync("UJI0001", [.. channels]);
        fake.Script = _ => new FakeAction(FakeActionKind.Unauthorized);
        var logs = new CapturingLoggerProvider();
        var dispatcher = db.CreateDispatcher(Options, logs.CreateLogger<Dispatcher>(), RealPlatforms.Discord(fake, http));

        await dispatcher.DispatchRoundAsync(CancellationToken.None);
        var afterFirstRound = fake.Requests.Count;
        await RunUntilDrainedAsync(dispatcher, clock, TimeSpan.FromMinutes(1), steps: 10);

        // Sends already in flight when the first 401 arrived may reach Discord; nothing after that does.
        Assert.InRange(afterFirstRound, 1, 4);
        Assert.Equal(afterFirstRound, fake.Requests.Count);
        Assert.True(dispatcher.IsStopped("discord"));
        foreach (var row in rows)
        {
            Assert.Equal(("pending", 0), ((await db.RowAsync(row)).State, (await db.RowAsync(row)).Attempts));
        }

        var critical = Assert.Single(logs.Lines, m => m.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Discord:BotToken", critical, StringComparison.Ordinal);
        Assert.DoesNotContain("delivery-tests-discord-token", critical, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task PlatformStoppedGauge_StopThenResume_OneThenZero()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var gauge = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == db.MeterFactory && instrument.Name == "newsbot.delivery.platform_stopped")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => gauge[(string)tags[0].Value!] = value);
        listener.Start();
        var chat = await db.AddChatAsync("telegram", "1");
        await db.AddAlertAsync("A", chat);
        var platform = new ScriptedPlatform("telegram");
        platform.Script("1", SendOutcome.Unauthorized("401: Unauthorized"));
        var dispatcher = db.CreateDispatcher(Options, platform, new ScriptedPlatform("discord"));

        listener.RecordObservableInstruments();
        var initial = gauge.ToDictionary();
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        listener.RecordObservableInstruments();
        var stopped = gauge.ToDictionary();
        clock.Advance(Options.UnauthorizedProbeInterval);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal((0L, 0L), (initial["telegram"], initial["discord"]));
        Assert.Equal((1L, 0L), (stopped["telegram"], stopped["discord"]));
        Assert.Equal(0L, gauge["telegram"]);
    }

    [StoreFact]
    public void Validate_ProbeIntervalTooShort_NamesTheSetting()
    {
        var options = new DeliveryOptions { UnauthorizedProbeInterval = TimeSpan.FromMilliseconds(10) };

        var result = new SectionValidator<DeliveryOptions>(DeliveryOptions.SectionName).Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Delivery:UnauthorizedProbeInterval:", StringComparison.Ordinal));
    }

    /// <summary>Answers every send with 401 and counts the sends that reached it.</summary>
    private sealed class CountingUnauthorizedPlatform(string name) : IChatPlatform
    {
        private int _calls;

        public string Name { get; } = name;

        public int Calls => _calls;

        public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) => Reject();

        public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) => Reject();

        private Task<SendOutcome> Reject()
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(SendOutcome.Unauthorized("401: Unauthorized"));
        }
    }
}
