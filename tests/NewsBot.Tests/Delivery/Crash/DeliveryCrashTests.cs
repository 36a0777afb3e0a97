using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Delivery;
using Xunit.Abstractions;

namespace NewsBot.Tests.Delivery.Crash;

/// <summary>
/// The issue's proof: a NewsBot child process delivers 500 alerts to one Telegram-style and one Discord-style
/// chat each (1,000 outbox rows) against the loopback fake and is SIGKILLed at seeded random moments until
/// everything is delivered. Then: nothing lost, no Discord duplicate (nonce), at most one Telegram duplicate per kill.
/// </summary>
public sealed class DeliveryCrashTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private const int Alerts = 500;
    private const int Chats = 10;
    private const int TargetKills = 30;
    private static readonly TimeSpan LifeTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Deliver_KilledAtRandomMoments_LosesNothingAndBoundsDuplicates()
    {
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        var expected = await SeedAsync(db);
        // Every killed run delivers at most its budget, so the outbox cannot drain before the last planned kill.
        Assert.True(TargetKills * KillPlan.MaxAcceptedPerRun < expected.Count);
        var (kills, runs) = await KillUntilDrainedAsync(fake, db, ChildEnvironment(db, fake), new Random(Seed), TargetKills);

        var report = await CrashReport.ReadAsync(fake.Ledger, expected, kills, db);
        output.WriteLine($"seed {Seed}: {kills.Count} kills ({string.Join(", ", kills.GroupBy(k => k.Moment).Select(g => $"{g.Key} {g.Count()}"))}), {runs} runs");
        output.WriteLine($"expected {expected.Count} deliveries; lost {report.Lost}; telegram duplicates {report.TelegramDuplicates} (max per kill {report.MaxTelegramDuplicatesPerKill}); discord duplicates {report.DiscordDuplicates}; discord nonce replays answered {fake.NonceHits}");
        Assert.True(kills.Count >= TargetKills, $"only {kills.Count} kills");
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.DiscordDuplicates);
        Assert.True(report.MaxTelegramDuplicatesPerKill <= 1, $"a kill caused {report.MaxTelegramDuplicatesPerKill} Telegram duplicates");
        Assert.Equal(0, report.DuplicatesFromCleanRuns);
        Assert.Equal("ok", await db.TextAsync("PRAGMA integrity_check"));
    }

    /// <summary>
    /// Runs `newsbot deliver` child processes, killing each of the first <paramref name="targetKills"/> at a seeded
    /// random moment, until one run exits cleanly; that run must leave no row undelivered. Returns the kills and
    /// the number of runs.
    /// </summary>
    internal static async Task<(List<(int Life, KillMoment Moment)> Kills, int Runs)> KillUntilDrainedAsync(
        FakeChatServer fake, OutboxFixture db, Dictionary<string, string> environment, Random random, int targetKills)
    {
        var kills = new List<(int Life, KillMoment Moment)>();
        // Every run's requests name the run in their bot token: a request that a killed run wrote just before dying may be
        // read by the fake after the next run started, and it must meet its own run's script, not the next one's.
        var runs = new ConcurrentDictionary<int, (ChildProcess Child, Func<FakeRequest, FakeAction> Script)>();
        fake.Script = request => runs.TryGetValue(request.Life, out var run) ? run.Script(request) : FakeAction.Accept;
        fake.OnHang = request => (runs.TryGetValue(request.Life, out var run) ? run.Child : null)?.Kill();
        for (var life = 1; ; life++)
        {
            Assert.True(life < 200, "the outbox never drained");
            var plan = kills.Count < targetKills ? KillPlan.Random(random) : null;
            using var child = new ChildProcess("deliver", ForLife(environment, life));
            runs[life] = (child, Script(plan, child));
            child.Start();
            var exited = await child.WaitAsync(LifeTimeout);
            Assert.True(exited, $"run {life} did not finish within {LifeTimeout}: {child.LastErrors}");
            if (child.Killed)
            {
                kills.Add((life, plan!.Moment));
                continue;
            }

            Assert.True(child.ExitCode == 0, $"run {life} exited with {child.ExitCode}: {child.LastErrors}");

            // A run that was not killed and exited 0 must have delivered everything (digested alerts are 'merged').
            var left = await db.TextAsync(
                "SELECT group_concat(c.platform || ':' || o.state || ':' || IFNULL(o.last_error, ''), ' | ') FROM outbox o JOIN chats c ON c.id = o.chat_id WHERE o.state NOT IN ('sent', 'merged')");
            Assert.True(left is null, $"run {life} exited cleanly but left rows: {left?[..Math.Min(left.Length, 2000)]}");
            return (kills, life);
        }
    }

    internal static Func<FakeRequest, FakeAction> Script(KillPlan? plan, ChildProcess child)
    {
        var count = 0;
        return request =>
        {
            var n = Interlocked.Increment(ref count);
            if (plan is null || n < plan.NthRequest)
            {
                return FakeAction.Accept;
            }

            if (n > plan.LastAccepted)
            {
                // Past the run's budget: the hang kills the child (OnHang), so no run outlives its share of the outbox.
                return new FakeAction(FakeActionKind.Hang);
            }

            if (n > plan.NthRequest)
            {
                return FakeAction.Accept;
            }

            switch (plan.Moment)
            {
                case KillMoment.DuringSend:
                    return new FakeAction(FakeActionKind.Hang);
                case KillMoment.AfterAccept:
                    return new FakeAction(FakeActionKind.AcceptThenHang);
                default:
                    _ = Task.Run(async () =>
                    {
                        await Task.Delay(plan.Delay);
                        child.Kill();
                    });
                    return FakeAction.Accept;
            }
        };
    }

    /// <summary>The run's environment with bot tokens that name the run (see <see cref="FakeChatServer.TokensFor"/>).</summary>
    internal static Dictionary<string, string> ForLife(Dictionary<string, string> environment, int life) =>
        new(environment)
        {
            ["NewsBot__Telegram__BotToken"] = FakeChatServer.TokensFor(life).Telegram,
            ["NewsBot__Discord__BotToken"] = FakeChatServer.TokensFor(life).Discord,
        };

    /// <summary>Each of 500 alerts goes to one of 10 Telegram and one of 10 Discord chats; returns who must get which.</summary>
    internal static async Task<HashSet<(string Platform, string Chat, string Marker)>> SeedAsync(OutboxFixture db)
    {
        var telegram = new List<long>();
        var discord = new List<long>();
        for (var i = 0; i < Chats; i++)
        {
            telegram.Add(await db.AddChatAsync("telegram", (2000 + i).ToString(CultureInfo.InvariantCulture), ChatKind.Private));
            discord.Add(await db.AddChatAsync("discord", (3000 + i).ToString(CultureInfo.InvariantCulture), ChatKind.Channel));
        }

        var expected = new HashSet<(string, string, string)>();
        for (var a = 0; a < Alerts; a++)
        {
            var marker = "UJI" + a.ToString("D4", CultureInfo.InvariantCulture);
            await db.AddAlertAsync(marker, telegram[a % Chats], discord[(a * 7) % Chats]);
            expected.Add(("telegram", (2000 + (a % Chats)).ToString(CultureInfo.InvariantCulture), marker));
            expected.Add(("discord", (3000 + ((a * 7) % Chats)).ToString(CultureInfo.InvariantCulture), marker));
        }

        return expected;
    }

    internal static Dictionary<string, string> ChildEnvironment(OutboxFixture db, FakeChatServer fake) => new()
    {
        ["NewsBot__Storage__DataDirectory"] = db.Storage.DataDirectory,
        ["NewsBot__Storage__FileName"] = db.Storage.FileName,
        ["NewsBot__Telegram__ApiBaseUrl"] = fake.TelegramApiBaseUrl.ToString(),
        ["NewsBot__Telegram__GlobalMessagesPerSecond"] = "1000",
        ["NewsBot__Telegram__ChatInterval"] = "00:00:00",
        ["NewsBot__Telegram__GroupMessagesPerMinute"] = "1000",
        ["NewsBot__Telegram__PollTimeout"] = "00:00:01",
        // Only a kill may end a send: an answer that a loaded machine delivers late must still be read, or an
        // accepted message would be recorded as failed and sent again by a run nobody killed.
        ["NewsBot__Telegram__RequestTimeout"] = "00:05:00",
        ["NewsBot__Discord__ApiBaseUrl"] = fake.DiscordApiBaseUrl.ToString(),
        ["NewsBot__Discord__ApplicationId"] = "1234567890",
        ["NewsBot__Discord__GlobalRequestsPerSecond"] = "1000",
        ["NewsBot__Delivery__LeaseDuration"] = "00:00:01",
        ["NewsBot__Delivery__ChatSpacing__telegram"] = "00:00:00",
        ["NewsBot__Delivery__IdleDelay"] = "00:00:00.100",
        ["NewsBot__Delivery__RetryBaseDelay"] = "00:00:00.200",
        ["NewsBot__Delivery__RetryMaxDelay"] = "00:00:02",
        ["NewsBot__Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_gcServer"] = "0",
    };
}
