using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Chat;
using NewsBot.Tests.Delivery.Fakes;
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
    private const int Chats = 10;
    private const int TargetKills = 20;
    private static readonly TimeSpan LifeTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Deliver_DigestsKilledAtRandomMoments_EveryAlertArrivesOnce()
    {
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        var expected = await SeedHeldAsync(db);
        var environment = DeliveryCrashTests.ChildEnvironment(db, fake);
        environment["NewsBot__Delivery__DigestMaxAlerts"] = "2";
        var random = new Random(Seed);
        var kills = new List<int>();
        ChildProcess? child = null;
        fake.OnHang = _ => child?.Kill();

        for (var life = 1; ; life++)
        {
            Assert.True(life < 200, "the outbox never drained");
            var plan = kills.Count < TargetKills ? KillPlan.Random(random) : null;
            fake.Life = life;
            fake.Script = DeliveryCrashTests.Script(plan, () => child);
            using (child = ChildProcess.Start("deliver", environment))
            {
                Assert.True(await child.WaitAsync(LifeTimeout), $"run {life} did not finish within {LifeTimeout}: {child.LastErrors}");
                if (child.Killed)
                {
                    kills.Add(life);
                    continue;
                }

                Assert.True(child.ExitCode == 0, $"run {life} exited with {child.ExitCode}: {child.LastErrors}");
            }

            Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state NOT IN ('sent', 'merged')"));
            break;
        }

        var received = fake.Ledger
            .SelectMany(entry => Markers().Matches(entry.Body).Select(m => (entry.Platform, Chat: entry.ChatId, Marker: m.Value)))
            .ToHashSet();
        var lost = expected.Count(key => !received.Contains(key));
        var report = CrashReport.From(fake.Ledger, expected, kills.ToHashSet());
        var digests = await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE alert_key LIKE 'digest:%'");
        output.WriteLine($"seed {Seed}: {kills.Count} kills, {fake.Life} runs, {digests} digest rows for {Alerts * 2} held alerts, {fake.Ledger.Count} messages");
        output.WriteLine($"lost {lost}; telegram duplicates {report.TelegramDuplicates} (max per kill {report.MaxTelegramDuplicatesPerKill}); discord duplicates {report.DiscordDuplicates}");
        Assert.True(kills.Count >= TargetKills, $"only {kills.Count} kills");
        Assert.Equal(0, lost);
        Assert.Equal(Alerts, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE merged_into IS NOT NULL") / 2);
        Assert.Equal(0, report.DiscordDuplicates);
        Assert.True(report.MaxTelegramDuplicatesPerKill <= 1, $"a kill caused {report.MaxTelegramDuplicatesPerKill} Telegram duplicates");
        Assert.Equal(0, report.DuplicatesFromCleanRuns);
        Assert.Equal("ok", await db.TextAsync("PRAGMA integrity_check"));
    }

    /// <summary>Each alert goes to one Telegram and one Discord chat as a held row whose digest is already due.</summary>
    private static async Task<HashSet<(string Platform, string Chat, string Marker)>> SeedHeldAsync(OutboxFixture db)
    {
        var telegram = new List<long>();
        var discord = new List<long>();
        for (var i = 0; i < Chats; i++)
        {
            telegram.Add(await db.AddChatAsync("telegram", (2000 + i).ToString(CultureInfo.InvariantCulture), ChatKind.Private));
            discord.Add(await db.AddChatAsync("discord", (3000 + i).ToString(CultureInfo.InvariantCulture), ChatKind.Channel));
        }

        await db.ExecuteAsync("UPDATE chats SET digest_at = 420");
        var expected = new HashSet<(string, string, string)>();
        for (var a = 0; a < Alerts; a++)
        {
            var marker = "UJI" + a.ToString("D4", CultureInfo.InvariantCulture);
            await db.AddAlertAsync(marker, telegram[a % Chats], discord[(a * 7) % Chats]);
            expected.Add(("telegram", (2000 + (a % Chats)).ToString(CultureInfo.InvariantCulture), marker));
            expected.Add(("discord", (3000 + ((a * 7) % Chats)).ToString(CultureInfo.InvariantCulture), marker));
        }

        await db.ExecuteAsync("UPDATE outbox SET state = 'held', held_at = 0, next_attempt_at = 0");
        return expected;
    }

    [GeneratedRegex("UJI[0-9]{4}")]
    private static partial Regex Markers();
}
