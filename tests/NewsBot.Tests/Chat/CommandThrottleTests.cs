using Microsoft.Extensions.Options;
using NewsBot.Chat;

namespace NewsBot.Tests.Chat;

public sealed class CommandThrottleTests
{
    private static readonly IOptions<ChatOptions> Options = Microsoft.Extensions.Options.Options.Create(new ChatOptions());

    [Fact]
    public void Check_BurstThenMore_EveryExtraCommandGetsAWait()
    {
        var throttle = new CommandThrottle(Options, new FakeTimeProvider());

        var burst = Enumerable.Range(0, Options.Value.CommandBurst).Select(_ => throttle.Check("telegram", "1")).ToList();
        var extra = Enumerable.Range(0, 5).Select(_ => throttle.Check("telegram", "1")).ToList();

        Assert.All(burst, wait => Assert.Null(wait));
        Assert.All(extra, wait => Assert.Equal(Options.Value.CommandInterval, wait));
    }

    [Fact]
    public void Check_AfterTheInterval_OneMoreAllowed()
    {
        var clock = new FakeTimeProvider();
        var throttle = new CommandThrottle(Options, clock);
        for (var i = 0; i < Options.Value.CommandBurst; i++)
        {
            throttle.Check("discord", "7");
        }

        clock.Advance(Options.Value.CommandInterval);

        Assert.Null(throttle.Check("discord", "7"));
        Assert.NotNull(throttle.Check("discord", "7"));
        Assert.Null(throttle.Check("discord", "8"));
    }

    [Fact]
    public void Check_Console_NeverThrottled()
    {
        var throttle = new CommandThrottle(Options, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Null(throttle.Check("console", "console")));
    }
}
