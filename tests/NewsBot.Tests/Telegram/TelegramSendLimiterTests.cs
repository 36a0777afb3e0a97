using Microsoft.Extensions.Options;
using NewsBot.Chat.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramSendLimiterTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Reserve_ManyChats_SpacedByGlobalRate()
    {
        var limiter = Create(new TelegramOptions { GlobalMessagesPerSecond = 30 });

        TimeSpan[] waits = [.. Enumerable.Range(1, 31).Select(chat => limiter.Reserve(chat))];

        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.InRange(waits[1], TimeSpan.FromSeconds(1.0 / 30), TimeSpan.FromSeconds(1.0 / 30) + TimeSpan.FromTicks(1));
        // The 31st message waits a full second: at most 30 start in any one-second window.
        Assert.InRange(waits[30], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(30));
    }

    [Fact]
    public void Reserve_SameChat_OneSecondApart()
    {
        var limiter = Create(new TelegramOptions());

        TimeSpan first = limiter.Reserve(7);
        TimeSpan second = limiter.Reserve(7);
        _clock.Advance(TimeSpan.FromSeconds(5));
        TimeSpan later = limiter.Reserve(7);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromSeconds(1), second);
        Assert.Equal(TimeSpan.Zero, later);
    }

    [Fact]
    public void Reserve_Group_TwentyPerMinute()
    {
        var limiter = Create(new TelegramOptions { ChatInterval = TimeSpan.Zero, GlobalMessagesPerSecond = 1000 });

        TimeSpan[] waits = [.. Enumerable.Range(0, 21).Select(_ => limiter.Reserve(-100))];

        Assert.True(waits[19] < TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMinutes(1), waits[20]);
    }

    [Fact]
    public void Penalize_RetryAfter_DelaysThatChatOnly()
    {
        var limiter = Create(new TelegramOptions { GlobalMessagesPerSecond = 1000 });

        limiter.Penalize(7, TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(11), limiter.Reserve(7));
        Assert.True(limiter.Reserve(8) < TimeSpan.FromSeconds(1));
    }

    private TelegramSendLimiter Create(TelegramOptions options) => new(Options.Create(options), _clock);
}
