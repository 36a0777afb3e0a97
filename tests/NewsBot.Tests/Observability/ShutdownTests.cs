using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Telegram.Fakes;
using Xunit.Abstractions;

namespace NewsBot.Tests.Observability;

/// <summary>
/// Issue 16: SIGTERM stops `newsbot run` within Delivery:ShutdownGrace + 2 s in every chat mode and gives the rows it
/// had leased back to the queue. The bound is read from the bot's own "stopped after" line, so a slow machine
/// cannot fail it; the process itself only has to exit, 0, within a generous timeout.
/// </summary>
public sealed partial class ShutdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Modes => new() { "console", "telegram-polling", "telegram-webhook", "discord" };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Run_SigTerm_StopsWithinGraceAndReleasesLeasedRows(string mode)
    {
        await using var db = await OutboxFixture.CreateAsync(TimeProvider.System);
        await using var telegram = await FakeBotApi.StartAsync();
        await using var discord = await FakeDiscord.StartAsync();
        // Sends hang on the wire, so SIGTERM finds the alert leased and in flight.
        telegram.HoldSends = true;
        discord.Rest.HoldMessages = true;
        var platform = mode switch { "console" => "console", "discord" => "discord", _ => "telegram" };
        var chat = await db.AddChatAsync(platform, platform == "discord" ? "3001" : "2001", platform == "discord" ? ChatKind.Channel : ChatKind.Private);
        var row = Assert.Single(await db.AddAlertAsync("UJI-SHUTDOWN", chat));

        using var bot = BotProcess.Start(Environment(mode, db, telegram, discord));
        await FakeDiscord.WaitUntilAsync(() => IsUp(mode, bot, telegram, discord), $"{mode} to connect", diagnostics: () => bot.Log);
        var inFlight = platform == "console" ? "sent" : "sending";
        await FakeDiscord.WaitUntilAsync(async () => (await db.RowAsync(row)).State == inFlight, $"the alert to be {inFlight}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await bot.TerminateAsync();

        Assert.True(await bot.WaitForExitAsync(Generous), $"{mode}: still running {Generous} after SIGTERM:\n{bot.Log}");
        // Reported, never asserted: the wall clock depends on the machine's load.
        output.WriteLine($"{mode}: SIGTERM → process exit {clock.ElapsedMilliseconds} ms");
        Assert.True(bot.ExitCode == 0, $"{mode}: exit code {bot.ExitCode}:\n{bot.Log}");
        var stopped = StoppedAfter().Match(bot.Log);
        Assert.True(stopped.Success, $"{mode}: no 'NewsBot stopped after' line:\n{bot.Log}");
        var elapsed = TimeSpan.FromMilliseconds(long.Parse(stopped.Groups[1].Value, CultureInfo.InvariantCulture));
        output.WriteLine($"{mode}: stopping → stopped {elapsed.TotalMilliseconds:0} ms (grace {Grace.TotalSeconds:0} s)");
        Assert.True(elapsed <= Grace + TimeSpan.FromSeconds(2), $"{mode}: stopped after {elapsed}:\n{bot.Log}");

        var state = await db.RowAsync(row);
        if (platform == "console")
        {
            Assert.Equal("sent", state.State);
        }
        else
        {
            Assert.Equal("pending", state.State);
            Assert.Equal("released at shutdown", state.LastError);
            Assert.Equal(0, state.Attempts);
        }

        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE lease_until IS NOT NULL OR state = 'sending'"));
    }

    private static bool IsUp(string mode, BotProcess bot, FakeBotApi telegram, FakeDiscord discord) => mode switch
    {
        "console" => bot.HasLogged("Console chat ready"),
        "telegram-polling" => telegram.CallsTo("getUpdates").Any(),
        "telegram-webhook" => telegram.WebhookUrl is not null,
        _ => discord.Gateway.HasLiveConnection,
    };

    private static Dictionary<string, string> Environment(string mode, OutboxFixture db, FakeBotApi telegram, FakeDiscord discord)
    {
        var environment = new Dictionary<string, string>
        {
            ["NewsBot__Storage__DataDirectory"] = db.Storage.DataDirectory,
            ["NewsBot__Storage__FileName"] = db.Storage.FileName,
            // One feed the fetch guard refuses at once: nothing leaves this machine.
            ["NewsBot__Feeds__Sources__0__Name"] = "Loopback",
            ["NewsBot__Feeds__Sources__0__Url"] = "http://127.0.0.1:9/feed.xml",
            ["NewsBot__Delivery__ShutdownGrace"] = Grace.ToString("c", CultureInfo.InvariantCulture),
            // Far longer than the test: a row can only come back by being released, never by its lease running out.
            ["NewsBot__Delivery__LeaseDuration"] = "00:30:00",
            ["NewsBot__Delivery__IdleDelay"] = "00:00:00.100",
            ["NewsBot__Health__Port"] = "0",
            ["DOTNET_gcServer"] = "0",
        };
        if (mode.StartsWith("telegram", StringComparison.Ordinal))
        {
            environment["NewsBot__Telegram__BotToken"] = FakeBotApi.Token;
            environment["NewsBot__Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString();
            environment["NewsBot__Telegram__PollTimeout"] = "00:00:01";
            // Only shutdown may end the held send, never the client's own timeout.
            environment["NewsBot__Telegram__RequestTimeout"] = "00:05:00";
        }

        if (mode == "telegram-webhook")
        {
            environment["NewsBot__Telegram__UseWebhook"] = "true";
            environment["NewsBot__Telegram__WebhookUrl"] = "https://newsbot.invalid/telegram/webhook";
            environment["NewsBot__Telegram__WebhookListenUrl"] = "http://127.0.0.1:0";
            environment["NewsBot__Telegram__WebhookSecret"] = "rahasia_uji_shutdown";
        }

        if (mode == "discord")
        {
            environment["NewsBot__Discord__BotToken"] = FakeDiscord.Token;
            environment["NewsBot__Discord__ApplicationId"] = FakeDiscord.ApplicationId;
            environment["NewsBot__Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
            environment["NewsBot__Discord__GatewayUrl"] = discord.GatewayUrl.ToString();
        }

        return environment;
    }

    [GeneratedRegex(@"NewsBot stopped after (\d+) ms")]
    private static partial Regex StoppedAfter();
}
