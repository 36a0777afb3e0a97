using NewsBot.Chat;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Chat;

public sealed class CommandThrottleTests
{
    [Fact]
    public void Check_BurstThenMore_EveryExtraCommandGetsAWait()
    {
        var throttle = new CommandThrottle(new FakeTimeProvider());

        var burst = Enumerable.Range(0, CommandThrottle.Burst).Select(_ => throttle.Check("telegram", "1")).ToList();
        var extra = Enumerable.Range(0, 5).Select(_ => throttle.Check("telegram", "1")).ToList();

        Assert.All(burst, wait => Assert.Null(wait));
        Assert.All(extra, wait => Assert.Equal(CommandThrottle.Interval, wait));
    }

    [Fact]
    public void Check_AfterTheInterval_OneMoreAllowed()
    {
        var clock = new FakeTimeProvider();
        var throttle = new CommandThrottle(clock);
        for (var i = 0; i < CommandThrottle.Burst; i++)
        {
            throttle.Check("discord", "7");
        }

        clock.Advance(CommandThrottle.Interval);

        Assert.Null(throttle.Check("discord", "7"));
        Assert.NotNull(throttle.Check("discord", "7"));
        Assert.Null(throttle.Check("discord", "8"));
    }

    [Fact]
    public void Check_Console_NeverThrottled()
    {
        var throttle = new CommandThrottle(new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Null(throttle.Check("console", "console")));
    }
}
