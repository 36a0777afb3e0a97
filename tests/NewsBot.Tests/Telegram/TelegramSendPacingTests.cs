using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// The platform's sends wait for the limiter's slots on its clock (a <see cref="FakeTimeProvider"/> here), so what
/// reaches the fake depends on clock time, never on how fast the machine is. The achieved rate against real
/// limits is a benchmark: <c>--fanout --platform telegram --limit 30</c> (README).
/// </summary>
public sealed class TelegramSendPacingTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _clock = new(TestClock.Start);

    [Fact]
    public async Task SendAlert_ThreeToOneChat_EachWaitsForTheChatInterval()
    {
        await using var fake = await FakeChatServer.StartAsync();
        using var http = RealPlatforms.Http(Generous);
        var platform = Create(fake, http, new TelegramOptions { ChatInterval = TimeSpan.FromSeconds(1), GlobalMessagesPerSecond = 1000 });
        var chat = new ChatAddress(TelegramPlatform.PlatformName, "7", ChatKind.Private);

        var sends = Enumerable.Range(0, 3).Select(i => platform.SendAlertAsync(chat, TelegramRendererTests.HostileAlert(), $"k{i}", CancellationToken.None)).ToList();
        // The sends not yet due wait on the fake clock: once the due ones have finished, the ledger holds exactly those.
        await WaitForAsync(() => sends.Any(s => s.IsCompleted));
        var beforeAdvance = fake.Ledger.Count;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => sends.Count(s => s.IsCompleted) >= 2);
        var afterOneSecond = fake.Ledger.Count;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var outcomes = await Task.WhenAll(sends).WaitAsync(Generous);

        Assert.Equal(1, beforeAdvance);
        Assert.Equal(2, afterOneSecond);
        Assert.All(outcomes, o => Assert.Equal(SendStatus.Sent, o.Status));
        Assert.Equal(3, fake.Ledger.Count);
    }

    [Fact]
    public async Task SendAlert_OverTheGlobalRate_WaitsForTheNextSlot()
    {
        await using var fake = await FakeChatServer.StartAsync();
        using var http = RealPlatforms.Http(Generous);
        var platform = Create(fake, http, new TelegramOptions { ChatInterval = TimeSpan.Zero, GlobalMessagesPerSecond = 2 });

        var sends = Enumerable.Range(1, 5)
            .Select(i => platform.SendAlertAsync(new ChatAddress(TelegramPlatform.PlatformName, i.ToString(System.Globalization.CultureInfo.InvariantCulture), ChatKind.Private), TelegramRendererTests.HostileAlert(), $"k{i}", CancellationToken.None))
            .ToList();
        await WaitForAsync(() => sends.Any(s => s.IsCompleted));
        var atStart = fake.Ledger.Count;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => sends.Count(s => s.IsCompleted) >= 3);
        var afterOneSecond = fake.Ledger.Count;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends).WaitAsync(Generous);

        // Two a second: one at once, two more within the first second (slots at 0.5 s and 1 s), the rest by 2 s.
        Assert.Equal(1, atStart);
        Assert.Equal(3, afterOneSecond);
        Assert.Equal(5, fake.Ledger.Count);
    }

    private TelegramPlatform Create(FakeChatServer fake, HttpClient http, TelegramOptions options)
    {
        var client = TelegramSetup.CreateClient(new TelegramOptions { BotToken = RealPlatforms.TelegramToken, ApiBaseUrl = fake.TelegramApiBaseUrl }, http);
        return new TelegramPlatform(client, new TelegramSendLimiter(Options.Create(options), _clock), NullLogger<TelegramPlatform>.Instance);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Generous);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
