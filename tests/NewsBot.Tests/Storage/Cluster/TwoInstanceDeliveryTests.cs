using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Storage;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Delivery.Crash;
using Npgsql;
using Xunit.Abstractions;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>
/// Two `newsbot deliver` processes on one PostgreSQL database share an outbox of 2,000 chats (1,000 Telegram-style,
/// 1,000 Discord-style) and 50 alerts against the loopback chat fake; one is SIGKILLed midway (at a seeded point of the
/// delivery) and the survivor finishes. Then: nothing lost, no Discord duplicate, at most one Telegram duplicate for
/// the kill, and both instances sent rows.
/// </summary>
public sealed class TwoInstanceDeliveryTests(ITestOutputHelper output)
{
    private const int Seed = 20261202;
    private const int Alerts = 50;
    private const int ChatsPerPlatform = 1000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    [PostgresFact]
    public async Task Deliver_TwoInstancesOneKilledMidway_EveryAlertOnceAndSurvivorFinishes()
    {
        TestStore.Current = StorageProvider.Postgres;
        await using var fake = await FakeChatServer.StartAsync();
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        var expected = await SeedAsync(db);
        var killAt = new Random(Seed).Next(expected.Count / 5, expected.Count / 2);
        var environment = DeliveryCrashTests.ForLife(DeliveryCrashTests.ChildEnvironment(db, fake), life: 1);
        environment["NewsBot__Storage__Provider"] = "Postgres";
        // Pooled in the children (the test's own string is unpooled); a lease longer than a request's timeout, so only
        // the killed instance's rows are ever taken back.
        environment["NewsBot__Storage__ConnectionString"] = new NpgsqlConnectionStringBuilder(db.Storage.ConnectionString) { Pooling = true }.ToString();
        environment["NewsBot__Delivery__LeaseDuration"] = "00:00:15";
        environment["NewsBot__Delivery__PlatformMessagesPerSecond__telegram"] = "400";
        environment["NewsBot__Delivery__PlatformMessagesPerSecond__discord"] = "400";

        using var victim = new ChildProcess("deliver", environment);
        using var survivor = new ChildProcess("deliver", environment);
        victim.Start();
        survivor.Start();
        using (var deadline = new CancellationTokenSource(Timeout))
        {
            while (fake.Ledger.Count < killAt)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
        }

        victim.Kill();
        Assert.True(await survivor.WaitAsync(Timeout), $"the survivor did not finish: {survivor.LastErrors}");
        Assert.True(survivor.ExitCode == 0, $"the survivor exited with {survivor.ExitCode}: {survivor.LastErrors}");

        var copies = fake.Ledger.GroupBy(e => (e.Platform, Chat: e.ChatId, Marker: DeliveryFaultTests.Marker(e.Body))).ToDictionary(g => g.Key, g => g.Count());
        var lost = expected.Count(key => !copies.ContainsKey(key));
        var discordDuplicates = copies.Where(c => c.Key.Platform == "discord").Sum(c => c.Value - 1);
        var telegramDuplicates = copies.Where(c => c.Key.Platform == "telegram").Sum(c => c.Value - 1);
        var senders = await db.ScalarAsync("SELECT COUNT(DISTINCT lease_owner) FROM outbox WHERE state = 'sent'");
        output.WriteLine($"seed {Seed}: killed after {killAt} deliveries; expected {expected.Count}; lost {lost}; discord duplicates {discordDuplicates}; telegram duplicates {telegramDuplicates}; instances that sent {senders}");
        Assert.Equal(0, lost);
        Assert.Equal(0, discordDuplicates);
        Assert.True(telegramDuplicates <= 1, $"{telegramDuplicates} Telegram duplicates for one kill");
        Assert.Equal(2, senders);
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state <> 'sent'"));
    }

    /// <summary>2,000 chats; chat i gets alert i mod 50, each as one outbox row. Returns who must get which marker.</summary>
    private static async Task<HashSet<(string Platform, string Chat, string Marker)>> SeedAsync(OutboxFixture db)
    {
        await db.ExecuteAsync(
            """
            INSERT INTO chats (platform, external_id, kind, created_at)
            SELECT CASE WHEN g % 2 = 0 THEN 'telegram' ELSE 'discord' END, (100000 + g)::text,
                   CASE WHEN g % 2 = 0 THEN 'Private' ELSE 'Channel' END, 0
            FROM generate_series(0, @n - 1) AS g
            """,
            ("n", 2 * ChatsPerPlatform));
        var expected = new HashSet<(string, string, string)>();
        for (var a = 0; a < Alerts; a++)
        {
            var marker = "UJI" + a.ToString("D4", CultureInfo.InvariantCulture);
            var incident = await db.ScalarAsync(
                """
                INSERT INTO incidents (company_slug, type, status, title, summary, first_reported_at, updated_at, created_at)
                VALUES ('acme', 'DataLeak', 'Confirmed', @t, 's', 0, 0, 0) RETURNING id
                """,
                ("t", marker));
            await db.ExecuteAsync(
                """
                INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
                SELECT id, @incident, @key, @payload, 'pending', 0, 0 FROM chats WHERE (external_id::bigint - 100000) % @alerts = @a
                """,
                ("incident", (object?)incident), ("key", "incident:" + incident.ToString(CultureInfo.InvariantCulture)),
                ("payload", AlertJson.Serialize(OutboxFixture.SampleAlert(marker))), ("alerts", Alerts), ("a", a));
        }

        for (var g = 0; g < 2 * ChatsPerPlatform; g++)
        {
            expected.Add((g % 2 == 0 ? "telegram" : "discord", (100000 + g).ToString(CultureInfo.InvariantCulture), "UJI" + (g % Alerts).ToString("D4", CultureInfo.InvariantCulture)));
        }

        return expected;
    }
}
