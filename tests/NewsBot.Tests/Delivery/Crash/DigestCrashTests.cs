using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace NewsBot.Tests.Delivery.Crash;

/// <summary>
/// The crash proof for digests: 500 alerts wait as held rows of chats whose digest is due, so the child process
/// folds them into digest rows (two alerts each) and sends those while it is SIGKILLed at seeded random moments.
/// Every alert must reach its chat inside some digest; Discord sees no duplicate, Telegram at most one per kill.
/// </summary>
public sealed partial class DigestCrashTests(ITestOutputHelper output)
{
    private const int Seed = 20261202;
    private const int Alerts = 500;
    private const int TargetKills = 20;

    [Fact]
    public async Task Deliver_DigestsKilledAtRandomMoments_EveryAlertArrivesOnce()
    {
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        var expected = await DeliveryCrashTests.SeedAsync(db);
        // Every chat's digest is due: the alerts wait as held rows until the child folds them into digests.
        await db.ExecuteAsync("UPDATE chats SET digest_at = 420");
        await db.ExecuteAsync("UPDATE outbox SET state = 'held', held_at = 0, next_attempt_at = 0");
        // Each digest row carries two alerts: every killed run sends at most its budget of the 500 digest rows.
        Assert.True(TargetKills * KillPlan.MaxAcceptedPerRun < Alerts);
        var environment = DeliveryCrashTests.ChildEnvironment(db, fake);
        environment["NewsBot__Delivery__DigestMaxAlerts"] = "2";

        var (kills, runs) = await DeliveryCrashTests.KillUntilDrainedAsync(fake, db, environment, new Random(Seed), TargetKills);

        var received = fake.Ledger
            .SelectMany(entry => Markers().Matches(entry.Body).Select(m => (entry.Platform, Chat: entry.ChatId, Marker: m.Value)))
            .ToHashSet();
        var lost = expected.Count(key => !received.Contains(key));
        var report = await CrashReport.ReadAsync(fake.Ledger, expected, kills, db);
        var digests = await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE alert_key LIKE 'digest:%'");
        output.WriteLine($"seed {Seed}: {kills.Count} kills, {runs} runs, {digests} digest rows for {Alerts * 2} held alerts, {fake.Ledger.Count} messages");
        output.WriteLine($"lost {lost}; telegram duplicates {report.TelegramDuplicates} (max per kill {report.MaxTelegramDuplicatesPerKill}); discord duplicates {report.DiscordDuplicates}");
        Assert.True(kills.Count >= TargetKills, $"only {kills.Count} kills");
        Assert.Equal(0, lost);
        Assert.Equal(Alerts * 2, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE merged_into IS NOT NULL"));
        Assert.Equal(0, report.DiscordDuplicates);
        Assert.True(report.MaxTelegramDuplicatesPerKill <= 1, $"a kill caused {report.MaxTelegramDuplicatesPerKill} Telegram duplicates");
        Assert.Equal(0, report.DuplicatesFromCleanRuns);
        Assert.Equal("ok", await db.TextAsync("PRAGMA integrity_check"));
    }

    [GeneratedRegex("UJI[0-9]{4}")]
    private static partial Regex Markers();
}
