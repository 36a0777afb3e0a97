using System.Globalization;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Telegram.Fakes;
using Xunit.Abstractions;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// Harness, not a timing test: sends alerts through <see cref="TelegramPlatform"/> with 16 concurrent senders
/// to a fake Bot API that enforces Telegram's limits (30/s overall, ~1/s per chat, 20/min per group) and
/// prints the achieved rate and the 429 count. Only generous bounds are asserted.
/// </summary>
public sealed class TelegramSendRateMeasurement(ITestOutputHelper output)
{
    private const double ConfiguredRate = 30;
    private const int Chats = 60;
    private const int PerChat = 3;
    private const int Senders = 16;

    [Fact]
    public async Task SendAlerts_LimiterOn_NearConfiguredRateAndNo429()
    {
        (double rate, int tooMany, int sent) = await MeasureAsync(new TelegramOptions { GlobalMessagesPerSecond = ConfiguredRate, ChatInterval = TimeSpan.FromSeconds(1) });

        Report($"limiter on, {Senders} concurrent senders", rate, tooMany, sent);
        Assert.Equal(0, tooMany);
        Assert.Equal(Chats * PerChat, sent);
        Assert.InRange(rate, ConfiguredRate * 0.5, ConfiguredRate * 1.1);
    }

    [Fact]
    public async Task SendAlerts_LimiterOff_FakeEnforcesLimitsWith429()
    {
        // Control: the same load without pacing provokes flood control, so the fake's limits are real.
        (double rate, int tooMany, int sent) = await MeasureAsync(new TelegramOptions { GlobalMessagesPerSecond = 1000, ChatInterval = TimeSpan.Zero });

        Report($"limiter off (control), {Senders} concurrent senders", rate, tooMany, sent);
        Assert.True(tooMany > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public async Task DispatcherPath_LimiterOn_RateAndNo429(int inFlight)
    {
        // The real outbox path: rows → Dispatcher → TelegramPlatform → fake, with Delivery:PlatformMaxInFlight:telegram = inFlight.
        await using TelegramTestContext context = await TelegramTestContext.StartAsync(new TelegramOptions { GlobalMessagesPerSecond = ConfiguredRate });
        await using OutboxFixture outbox = await OutboxFixture.CreateAsync(TimeProvider.System);
        long[] chats = new long[Chats];
        for (int i = 0; i < Chats; i++)
        {
            chats[i] = await outbox.AddChatAsync(TelegramPlatform.PlatformName, (i + 1).ToString(CultureInfo.InvariantCulture), ChatKind.Private);
        }

        for (int round = 0; round < PerChat; round++)
        {
            await outbox.AddAlertAsync("Kebocoran <data> & uji " + round, chats);
        }

        var options = new DeliveryOptions { PlatformMaxInFlight = new(StringComparer.OrdinalIgnoreCase) { [TelegramPlatform.PlatformName] = inFlight } };
        Dispatcher dispatcher = outbox.CreateDispatcher(options, context.Platform);
        DateTimeOffset start = await WarmUpAsync(context);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (context.Api.CallsTo("sendMessage").Count(c => c.At >= start) < Chats * PerChat && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
        }

        DateTimeOffset[] accepted = [.. context.Api.CallsTo("sendMessage").Where(c => c.At >= start).Select(c => c.At).Order()];
        double rate = (accepted.Length - 1) / (accepted[^1] - accepted[0]).TotalSeconds;
        Report($"dispatcher, PlatformMaxInFlight={inFlight}", rate, context.Api.TooManyRequestsCount, accepted.Length - context.Api.TooManyRequestsCount);
        Assert.Equal(0, context.Api.TooManyRequestsCount);
        Assert.InRange(rate, 0.1, ConfiguredRate * 1.1);
    }

    private static async Task<(double Rate, int TooMany, int Sent)> MeasureAsync(TelegramOptions options)
    {
        await using TelegramTestContext context = await TelegramTestContext.StartAsync(options);
        DateTimeOffset start = await WarmUpAsync(context);
        var work = new Queue<long>(Enumerable.Range(0, PerChat).SelectMany(_ => Enumerable.Range(1, Chats).Select(c => (long)c)));
        var alert = TelegramRendererTests.HostileAlert();

        async Task SenderAsync()
        {
            while (true)
            {
                long chat;
                lock (work)
                {
                    if (!work.TryDequeue(out chat))
                    {
                        return;
                    }
                }

                var address = new ChatAddress(TelegramPlatform.PlatformName, chat.ToString(CultureInfo.InvariantCulture), ChatKind.Private);
                await context.Platform.SendAlertAsync(address, alert, "rate", CancellationToken.None);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => SenderAsync()));
        DateTimeOffset[] accepted = [.. context.Api.CallsTo("sendMessage").Where(c => c.At >= start).Select(c => c.At).Order()];
        int tooMany = context.Api.TooManyRequestsCount;
        double seconds = (accepted[^1] - accepted[0]).TotalSeconds;
        double rate = seconds > 0 ? (accepted.Length - 1) / seconds : double.PositiveInfinity;
        return (rate, tooMany, accepted.Length - tooMany);
    }

    /// <summary>
    /// One send first (JIT, connection): a late first request would shorten the measured span and inflate the rate.
    /// The fake's flood control starts only afterwards, so the warm-up never counts against its window.
    /// </summary>
    private static async Task<DateTimeOffset> WarmUpAsync(TelegramTestContext context)
    {
        var warmUp = new ChatAddress(TelegramPlatform.PlatformName, "999999", ChatKind.Private);
        await context.Platform.SendAlertAsync(warmUp, TelegramRendererTests.HostileAlert(), "warm-up", CancellationToken.None);
        DateTimeOffset start = TimeProvider.System.GetUtcNow();
        context.Api.RateGate = new FakeRateGate(globalPerSecond: ConfiguredRate);
        return start;
    }

    private void Report(string label, double rate, int tooMany, int sent)
    {
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"Telegram send rate ({label}): {rate:F2} msg/s against a configured global limit of {ConfiguredRate} msg/s ({((rate / ConfiguredRate) - 1) * 100:F1} %); {sent} accepted, {tooMany} answered 429; {Chats} chats x {PerChat} alerts");
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "telegram-send-rate.txt"), line + Environment.NewLine);
    }
}
