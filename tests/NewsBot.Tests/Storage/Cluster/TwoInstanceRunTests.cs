using System.Globalization;
using NewsBot.Storage;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Delivery.Crash;
using Npgsql;
using Xunit.Abstractions;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>
/// The issue's proof, end to end: two `newsbot run` processes on one PostgreSQL database read 200 loopback feeds
/// (50 privacy incidents appear in them over five feed intervals) and alert 2,000 subscribed chats (1,000
/// Telegram-style, 1,000 Discord-style) on the loopback chat fake, sharing a low platform rate. At a seeded point of
/// the delivery, the instance running the feed check is SIGKILLed in the middle of it; the survivor takes the check
/// over (clustered Quartz) and finishes the delivery.
/// </summary>
public sealed class TwoInstanceRunTests(ITestOutputHelper output)
{
    private const int Seed = 20261203;
    private const int Feeds = 200;
    private const int Incidents = 50;
    private const int ChatsPerPlatform = 1000;
    private const double PerSecond = 50;
    private const int DiscordInFlight = 4;
    private const int TelegramInFlight = 1;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    [PostgresFact]
    public async Task Run_TwoInstancesOneKilledMidCheck_AlertsOnceFeedsOncePerIntervalRateShared()
    {
        TestStore.Current = StorageProvider.Postgres;
        await using var fake = await FakeChatServer.StartAsync();
        await using var site = await IncidentFeedServer.StartAsync(Incidents, Interval);
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        await SeedChatsAsync(db, site);
        var random = new Random(Seed);
        var killAfterSends = random.Next(2 * ChatsPerPlatform / 5, 2 * ChatsPerPlatform / 2);
        var killAtFetch = random.Next(1, Feeds / 2);

        var environment = Environment(db, fake, site);
        var instances = new Dictionary<string, ChildProcess>(StringComparer.Ordinal);
        foreach (var (name, life) in new[] { ("newsbot-a", 1), ("newsbot-b", 2) })
        {
            var own = DeliveryCrashTests.ForLife(environment, life);
            own["NewsBot__Fetching__UserAgent"] = name;
            instances[name] = new ChildProcess("run", own);
        }

        // Armed once the chats got the seeded share of their alerts: the killAtFetch-th feed request after that kills
        // the instance that made it, in the middle of its feed check (and of its sends).
        var fetchesSinceArmed = 0;
        var killed = new TaskCompletionSource<(string Victim, DateTimeOffset At)>(TaskCreationOptions.RunContinuationsAsynchronously);
        site.OnFetch = fetch =>
        {
            if (fake.Ledger.Count >= killAfterSends && Interlocked.Increment(ref fetchesSinceArmed) == killAtFetch)
            {
                var name = instances.Keys.Single(key => fetch.Instance.Contains(key, StringComparison.Ordinal));
                instances[name].Kill();
                killed.SetResult((name, TimeProvider.System.GetUtcNow()));
            }
        };

        try
        {
            foreach (var instance in instances.Values)
            {
                instance.Start();
            }

            var (victim, killedAt) = await killed.Task.WaitAsync(Timeout);
            var survivorName = instances.Keys.Single(name => name != victim);
            var survivor = instances[survivorName];
            Assert.True(instances[victim].Killed, "the victim was not killed");

            // The survivor finishes the delivery, and checks every feed again (twice) after the kill: the check the
            // victim held is taken over.
            await WaitUntilAsync(survivor, async () => await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE state = 'sent'") >= 2 * ChatsPerPlatform);
            await WaitUntilAsync(survivor, () => Task.FromResult(
                site.Fetches.Where(f => f.At > killedAt).GroupBy(f => f.Feed).Count(g => g.Count() >= 2) == Feeds));
            survivor.Kill();

            var delivered = fake.Ledger.GroupBy(e => (e.Platform, e.ChatId)).ToDictionary(g => g.Key, g => g.ToList());
            var expected = Expected(site);
            var lost = expected.Count(e => !delivered.ContainsKey(e.Key));
            var wrong = expected.Count(e => delivered.TryGetValue(e.Key, out var copies) && copies.Any(c => !c.Body.Contains(e.Value, StringComparison.Ordinal)));
            var discordDuplicates = delivered.Where(d => d.Key.Platform == "discord").Sum(d => d.Value.Count - 1);
            var telegramDuplicates = delivered.Where(d => d.Key.Platform == "telegram").Sum(d => d.Value.Count - 1);
            var victimAgent = site.Fetches.First(f => f.Instance.Contains(victim, StringComparison.Ordinal)).Instance;
            var (doubles, refetches) = ClusterChecks.DoubleFetches(site.Fetches, await FeedIdsAsync(db), Interval, victimAgent, killedAt);
            var checksBySurvivorAfterKill = site.Fetches.Where(f => f.At > killedAt).GroupBy(f => f.Feed).Min(g => g.Count());
            var checkers = site.Fetches.Where(f => f.At <= killedAt).Select(f => f.Instance).Distinct().Count();
            output.WriteLine($"seed {Seed}: {victim} killed at its feed fetch #{killAtFetch} after {killAfterSends} sends; expected {expected.Count}; lost {lost}; wrong chat {wrong}; discord duplicates {discordDuplicates}; telegram duplicates {telegramDuplicates}; nonce replays {fake.NonceHits}");
            output.WriteLine($"feeds: {site.Fetches.Count} fetches, {doubles.Count} feeds fetched twice in one slot period, {refetches} re-fetched once after the takeover; every feed checked >= {checksBySurvivorAfterKill} times by {survivorName} after the kill; instances that checked feeds before the kill {checkers}");
            var sendsByInstance = string.Join(", ", fake.Ledger.GroupBy(e => e.Life == 1 ? "newsbot-a" : "newsbot-b").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
            output.WriteLine($"messages created per instance: {sendsByInstance}; by {victim} after the kill: {fake.Ledger.Count(e => e.At > killedAt && (e.Life == 1 ? "newsbot-a" : "newsbot-b") == victim)}");
            var allowed = new Dictionary<string, int>
            {
                ["telegram"] = ClusterChecks.AllowedInWindow(PerSecond, TimeSpan.FromSeconds(1), 2 * TelegramInFlight),
                ["discord"] = ClusterChecks.AllowedInWindow(PerSecond, TimeSpan.FromSeconds(1), 2 * DiscordInFlight),
            };
            foreach (var platform in allowed.Keys)
            {
                var arrivals = fake.Requests.Where(r => r.Platform == platform).Select(r => r.At).ToList();
                var max1 = ClusterChecks.MaxInWindow(arrivals, TimeSpan.FromSeconds(1));
                var max5 = ClusterChecks.MaxInWindow(arrivals, TimeSpan.FromSeconds(5));
                var allowed5 = ClusterChecks.AllowedInWindow(PerSecond, TimeSpan.FromSeconds(5), platform == "discord" ? 2 * DiscordInFlight : 2 * TelegramInFlight);
                output.WriteLine($"{platform}: {arrivals.Count} sends; max {max1} in any 1 s (allowed {allowed[platform]}), max {max5} in any 5 s (allowed {allowed5}) at {PerSecond}/s shared");
                Assert.True(max1 <= allowed[platform], $"{platform}: {max1} sends within 1 s");
                Assert.True(max5 <= allowed5, $"{platform}: {max5} sends within 5 s");
            }

            Assert.Equal(0, lost);
            Assert.Equal(0, wrong);
            Assert.Equal(0, discordDuplicates);
            Assert.True(telegramDuplicates <= TelegramInFlight, $"{telegramDuplicates} Telegram duplicates for one kill");
            Assert.True(doubles.Count == 0, "fetched twice in one slot period: " + string.Join("; ", doubles.Take(10)));
            Assert.Equal(Incidents, await db.ScalarAsync("SELECT COUNT(*) FROM incidents WHERE company_slug <> 'acme'"));
            Assert.Equal(2 * ChatsPerPlatform, await db.ScalarAsync("SELECT COUNT(*) FROM outbox"));
        }
        finally
        {
            foreach (var instance in instances.Values)
            {
                instance.Dispose();
            }
        }
    }

    /// <summary>2,000 chats; chat g follows the company of incident g mod 50, so each chat gets exactly one alert.</summary>
    private static async Task SeedChatsAsync(OutboxFixture db, IncidentFeedServer site)
    {
        await db.ExecuteAsync(
            """
            INSERT INTO chats (platform, external_id, kind, created_at)
            SELECT CASE WHEN g % 2 = 0 THEN 'telegram' ELSE 'discord' END, (100000 + g)::text,
                   CASE WHEN g % 2 = 0 THEN 'Private' ELSE 'Channel' END, 0
            FROM generate_series(0, @n - 1) AS g
            """,
            ("n", 2 * ChatsPerPlatform));
        await db.ExecuteAsync(
            """
            INSERT INTO subscriptions (chat_id, company_slug, created_at)
            SELECT id, (@slugs::text[])[((external_id::bigint - 100000) % @incidents) + 1], 0 FROM chats WHERE platform IN ('telegram', 'discord')
            """,
            ("slugs", site.Companies.Select(c => c.Slug).ToArray()), ("incidents", Incidents));
    }

    /// <summary>Feed number (its URL) → feed id (its slot phase): the two instances added the configured feeds.</summary>
    private static async Task<Dictionary<int, long>> FeedIdsAsync(OutboxFixture db)
    {
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        var feeds = await connection.QueryAsync("SELECT id, url FROM feeds", r => (Id: r.GetInt64(0), Url: r.GetString(1)));
        return feeds.ToDictionary(f => int.Parse(f.Url.Split('/')[^1], CultureInfo.InvariantCulture), f => f.Id);
    }

    /// <summary>Who must get what: each chat, the name of the company its one alert is about.</summary>
    private static Dictionary<(string Platform, string Chat), string> Expected(IncidentFeedServer site) =>
        Enumerable.Range(0, 2 * ChatsPerPlatform).ToDictionary(
            g => (g % 2 == 0 ? "telegram" : "discord", (100000 + g).ToString(CultureInfo.InvariantCulture)),
            g => site.Companies[g % Incidents].Name);

    private static Dictionary<string, string> Environment(OutboxFixture db, FakeChatServer fake, IncidentFeedServer site)
    {
        var environment = DeliveryCrashTests.ChildEnvironment(db, fake);
        environment["NewsBot__Storage__Provider"] = "Postgres";
        environment["NewsBot__Storage__ConnectionString"] = new NpgsqlConnectionStringBuilder(db.Storage.ConnectionString) { Pooling = true }.ToString();
        environment["NewsBot__Storage__ClusterCheckinInterval"] = "00:00:01";
        environment["NewsBot__Storage__ClusterCheckinMisfireThreshold"] = "00:00:02";
        environment["NewsBot__Feeds__Interval"] = Interval.ToString();
        // Every incident is news on its feed's first fetch, and its item carries the whole text (no page fetch).
        environment["NewsBot__Feeds__FirstFetchAlertWindow"] = "36500.00:00:00";
        environment["NewsBot__Feeds__TeaserLength"] = "0";
        environment["NewsBot__Fetching__AllowedPrivateHosts__0"] = "127.0.0.1";
        // All 200 feeds are on one loopback server: the default politeness (2 requests at a time, 250 ms apart) would
        // allow 4 fetches/s, far below the 40/s of 200 feeds every 5 s.
        environment["NewsBot__Fetching__PerHostConcurrency"] = "16";
        environment["NewsBot__Fetching__PerHostSpacing"] = "00:00:00";
        for (var i = 0; i < Feeds; i++)
        {
            environment[$"NewsBot__Feeds__Sources__{i}__Name"] = $"Feed {i}";
            environment[$"NewsBot__Feeds__Sources__{i}__Url"] = site.FeedUrl(i).ToString();
        }

        // A lease longer than a request's timeout, so only the killed instance's rows are ever taken back.
        environment["NewsBot__Delivery__LeaseDuration"] = "00:00:15";
        environment["NewsBot__Delivery__PlatformMessagesPerSecond__telegram"] = PerSecond.ToString(CultureInfo.InvariantCulture);
        environment["NewsBot__Delivery__PlatformMessagesPerSecond__discord"] = PerSecond.ToString(CultureInfo.InvariantCulture);
        environment["NewsBot__Delivery__PlatformMaxInFlight__telegram"] = TelegramInFlight.ToString(CultureInfo.InvariantCulture);
        environment["NewsBot__Delivery__PlatformMaxInFlight__discord"] = DiscordInFlight.ToString(CultureInfo.InvariantCulture);
        return environment;
    }

    private static async Task WaitUntilAsync(ChildProcess survivor, Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            Assert.False(survivor.HasExited, $"the survivor exited: {survivor.LastErrors}");
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }
}
