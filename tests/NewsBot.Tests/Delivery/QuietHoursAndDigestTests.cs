using NewsBot.Alerts;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// Quiet hours and daily digests end to end through the outbox: rows wait for their time without counting
/// attempts, several waiting alerts become one digest message, and nothing is lost or sent twice.
/// The manual clock starts at 2026-12-01 10:00 WIB.
/// </summary>
public sealed class QuietHoursAndDigestTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DeliveryOptions Options = NoSpacing();

    [StoreFact]
    public async Task DispatchDueAsync_OneAlertInQuietHours_HeldThenSentAsNormalAlertAtTheEnd()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        await SetScheduleAsync(db, chat, quiet: ("09:00", "11:00"));
        var row = (await db.AddAlertAsync("A", chat)).Single();
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(Options, platform);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var held = await db.RowAsync(row);
        clock.Advance(TimeSpan.FromMinutes(59));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var stillHeld = await db.RowAsync(row);
        clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(("held", 0), (held.State, held.Attempts));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 0, 0, Wib), held.NextAttemptAt);
        Assert.Equal("held", stillHeld.State);
        Assert.Equal(("sent", 1), ((await db.RowAsync(row)).State, (await db.RowAsync(row)).Attempts));
        Assert.Equal("A", Assert.Single(platform.Sends).Title);
        Assert.Empty(platform.Digests);
    }

    [StoreFact]
    public async Task DispatchDueAsync_ThreeAlertsInQuietHours_OneDigestAtTheEndOthersUnaffected()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var quiet = await db.AddChatAsync("telegram", "quiet");
        var loud = await db.AddChatAsync("telegram", "loud");
        await SetScheduleAsync(db, quiet, quiet: ("22:00", "11:00"));
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(Options, platform);
        var rows = new List<long>();
        foreach (var title in new[] { "A", "B", "C" })
        {
            rows.Add((await db.AddAlertAsync(title, quiet, loud))[0]);
            await DrainAsync(dispatcher);
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        var beforeEnd = platform.Sends.ToList();
        var summary = await dispatcher.SummarizeAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));
        await DrainAsync(dispatcher);

        Assert.Equal(["A", "B", "C"], beforeEnd.Select(s => s.Title));
        Assert.All(beforeEnd, s => Assert.Equal("loud", s.ChatId));
        Assert.Equal((3, true), (summary.Held, summary.IsDrained));
        var (chatId, digest, key) = Assert.Single(platform.Digests);
        Assert.Equal("quiet", chatId);
        Assert.Equal(DigestReason.QuietHours, digest.Reason);
        Assert.Equal(["A", "B", "C"], digest.Alerts.Select(a => a.Title));
        Assert.Equal(3, platform.Sends.Count);
        foreach (var id in rows)
        {
            Assert.Equal("merged", (await db.RowAsync(id)).State);
        }

        Assert.Equal("sent", await db.TextAsync("SELECT state FROM outbox WHERE id = @id", ("id", long.Parse(key, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(3, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE merged_into = @id", ("id", long.Parse(key, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [StoreFact]
    public async Task DispatchDueAsync_DailyDigest_TheDaysAlertsInOneMessageAtDigestTime()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("discord", "42");
        await SetScheduleAsync(db, chat, digest: "07:00");
        var platform = new ScriptedPlatform("discord");
        var dispatcher = db.CreateDispatcher(Options, platform);

        foreach (var (title, hoursLater) in new[] { ("Pagi", 4), ("Siang", 6), ("Malam", 6) })
        {
            await db.AddAlertAsync(title, chat);
            await DrainAsync(dispatcher);
            clock.Advance(TimeSpan.FromHours(hoursLater));
        }

        // 10:00 + 4 h + 6 h + 6 h = 02:00 WIB: the digest is due at 07:00.
        var beforeDigest = platform.Digests.Count + platform.Sends.Count;
        clock.Advance(TimeSpan.FromHours(5));
        await DrainAsync(dispatcher);
        await db.AddAlertAsync("Sesudah", chat);
        await DrainAsync(dispatcher);

        Assert.Equal(0, beforeDigest);
        var (_, digest, _) = Assert.Single(platform.Digests);
        Assert.Equal(DigestReason.Daily, digest.Reason);
        Assert.Equal(["Pagi", "Siang", "Malam"], digest.Alerts.Select(a => a.Title));
        Assert.Empty(platform.Sends);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'held'"));
        Assert.Equal(
            new DateTimeOffset(2026, 12, 3, 7, 0, 0, Wib).ToUnixTimeMilliseconds(),
            await db.ScalarAsync("SELECT next_attempt_at FROM outbox WHERE state = 'held'"));
    }

    [StoreFact]
    public async Task DispatchDueAsync_MoreAlertsThanOneDigestHolds_SeveralPartsInOrder()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        await SetScheduleAsync(db, chat, digest: "12:00");
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(NoSpacing(digestMaxAlerts: 5), platform);
        for (var i = 0; i < 12; i++)
        {
            await db.AddAlertAsync($"Insiden {i:00}", chat);
        }

        await DrainAsync(dispatcher);
        clock.Advance(TimeSpan.FromHours(2));
        await DrainAsync(dispatcher);

        var digests = platform.Digests.Select(d => d.Digest).ToList();
        Assert.Equal([(1, 3, 5), (2, 3, 5), (3, 3, 2)], digests.Select(d => (d.Part, d.Parts, d.Alerts.Count)));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"Insiden {i:00}"), digests.SelectMany(d => d.Alerts).Select(a => a.Title));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state NOT IN ('sent', 'merged')"));
    }

    [StoreFact]
    public async Task DispatchDueAsync_DigestFailsOnce_RetriedWithTheSameDeliveryKey()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("discord", "42");
        await SetScheduleAsync(db, chat, quiet: ("09:00", "10:30"));
        var platform = new ScriptedPlatform("discord");
        var dispatcher = db.CreateDispatcher(Options, platform);
        await db.AddAlertAsync("A", chat);
        await db.AddAlertAsync("B", chat);
        await DrainAsync(dispatcher);
        clock.Advance(TimeSpan.FromMinutes(30));
        platform.Script("42", SendOutcome.Retry("timeout"));

        await DrainAsync(dispatcher);
        var digestId = await db.ScalarAsync("SELECT id FROM outbox WHERE alert_key LIKE 'digest:%'");
        var afterFailure = await db.RowAsync(digestId);
        clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync(dispatcher);

        Assert.Equal(("pending", 1), (afterFailure.State, afterFailure.Attempts));
        var (_, digest, key) = Assert.Single(platform.Digests);
        Assert.Equal(digestId.ToString(System.Globalization.CultureInfo.InvariantCulture), key);
        Assert.Equal(2, digest.Alerts.Count);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE alert_key LIKE 'digest:%'"));
    }

    [StoreFact]
    public async Task DispatchRoundAsync_FoldFailsHalfway_EveryHeldRowStaysHeldAndNextRoundFolds()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        await SetScheduleAsync(db, chat, quiet: ("09:00", "10:30"));
        var rows = new List<long>();
        foreach (var title in new[] { "A", "B", "C" })
        {
            rows.Add((await db.AddAlertAsync(title, chat))[0]);
        }

        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(NoSpacing(digestMaxAlerts: 2), platform);
        await DrainAsync(dispatcher);
        // The second digest's key is taken, so its insert fails after the first digest and two merges were written.
        await db.ExecuteAsync(
            "INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at) SELECT chat_id, incident_id, @key, payload, 'sent', 0, 0 FROM outbox WHERE id = @id",
            ("key", "digest:" + rows[2].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("id", rows[2]));
        clock.Advance(TimeSpan.FromMinutes(30));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => dispatcher.DispatchRoundAsync(CancellationToken.None));
        var afterFailure = new List<string>();
        foreach (var id in rows)
        {
            afterFailure.Add((await db.RowAsync(id)).State);
        }

        var digestsAfterFailure = await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE alert_key LIKE 'digest:%' AND state <> 'sent'");
        await db.ExecuteAsync("DELETE FROM outbox WHERE state = 'sent'");
        await DrainAsync(dispatcher);

        Assert.Equal(["held", "held", "held"], afterFailure);
        Assert.Equal(0, digestsAfterFailure);
        Assert.Equal([["A", "B"], ["C"]], platform.Digests.Select(d => d.Digest.Alerts.Select(a => a.Title).ToArray()));
    }

    [StoreFact]
    public async Task SetQuietHoursAsync_TurnedOffWhileHolding_HeldAlertsGoOutAtOnceOneByOne()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        var address = new ChatAddress("telegram", "1", ChatKind.Group);
        var chats = new ChatStore(db.Database, clock);
        await chats.SetQuietHoursAsync(address, null, new TimeOnly(9, 0), new TimeOnly(17, 0), CancellationToken.None);
        await db.AddAlertAsync("A", chat);
        await db.AddAlertAsync("B", chat);
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(Options, platform);
        await DrainAsync(dispatcher);
        var heldBefore = await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'held'");

        await chats.SetQuietHoursAsync(address, null, null, null, CancellationToken.None);
        await DrainAsync(dispatcher);

        Assert.Equal(2, heldBefore);
        Assert.Equal(["A", "B"], platform.Sends.Select(s => s.Title));
        Assert.Empty(platform.Digests);
        Assert.Equal(ChatSchedule.None, await chats.ScheduleAsync(address, CancellationToken.None));
    }

    [StoreFact]
    public async Task SetDigestAsync_SwitchedOnWhileQuietHoursHold_HeldAlertsWaitForTheDigest()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        var address = new ChatAddress("telegram", "1", ChatKind.Group);
        var chats = new ChatStore(db.Database, clock);
        await chats.SetQuietHoursAsync(address, null, new TimeOnly(9, 0), new TimeOnly(11, 0), CancellationToken.None);
        await db.AddAlertAsync("A", chat);
        var dispatcher = db.CreateDispatcher(Options, new ScriptedPlatform("telegram"));
        await DrainAsync(dispatcher);

        await chats.SetDigestAsync(address, null, new TimeOnly(20, 0), CancellationToken.None);
        await DrainAsync(dispatcher);

        Assert.Equal(
            new DateTimeOffset(2026, 12, 1, 20, 0, 0, Wib).ToUnixTimeMilliseconds(),
            await db.ScalarAsync("SELECT next_attempt_at FROM outbox WHERE state = 'held'"));
    }

    [StoreFact]
    public async Task DispatchDueAsync_ChatGoneWhileHolding_HeldRowsSkippedNotLeftBehind()
    {
        var clock = TestClock.Create();
        await using var db = await OutboxFixture.CreateAsync(clock);
        var chat = await db.AddChatAsync("telegram", "1");
        await SetScheduleAsync(db, chat, quiet: ("09:00", "11:00"));
        await db.AddAlertAsync("A", chat);
        await db.AddAlertAsync("B", chat);
        await db.AddAlertAsync("C", chat);
        var platform = new ScriptedPlatform("telegram");
        var dispatcher = db.CreateDispatcher(Options, platform);
        await DrainAsync(dispatcher);
        clock.Advance(TimeSpan.FromHours(1));
        platform.Script("1", SendOutcome.Gone("403: bot was blocked by the user"));

        await DrainAsync(dispatcher);

        Assert.Empty(platform.Digests);
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'held', 'sending')"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'skipped'"));
        Assert.Equal(3, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'merged'"));
    }

    private static DeliveryOptions NoSpacing(int digestMaxAlerts = 10) => new()
    {
        ChatSpacing = new(),
        GroupChatSpacing = new(),
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        DigestMaxAlerts = digestMaxAlerts,
    };

    private static async Task SetScheduleAsync(OutboxFixture db, long chat, (string Start, string End)? quiet = null, string? digest = null) =>
        await db.ExecuteAsync(
            "UPDATE chats SET quiet_start = @s, quiet_end = @e, digest_at = @d WHERE id = @id",
            ("s", Minutes(quiet?.Start)), ("e", Minutes(quiet?.End)), ("d", Minutes(digest)), ("id", chat));

    private static int? Minutes(string? time) => time is null ? null : ChatSchedule.ToMinutes(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Runs rounds until one claims nothing, like the service's loop does before it idles.</summary>
    private static async Task DrainAsync(Dispatcher dispatcher)
    {
        for (var round = 0; round < 50; round++)
        {
            if ((await dispatcher.DispatchRoundAsync(CancellationToken.None)).Claimed == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The dispatcher kept claiming rows.");
    }
}
