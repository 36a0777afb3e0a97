using NewsBot.Discord.Gateway;

namespace NewsBot.Tests.Discord;

public sealed class GatewayBackoffTests
{
    [Theory]
    [InlineData(1, 0.5, 1000)]
    [InlineData(2, 0.5, 2000)]
    [InlineData(4, 0.5, 8000)]
    [InlineData(7, 0.5, 60000)]
    [InlineData(30, 0.99, 60000)]
    [InlineData(1, 0.0, 750)]
    [InlineData(1, 0.999, 1249.5)]
    public void Delay_Attempt_DoublesWithJitterAndCap(int attempt, double random, double expectedMs)
    {
        var delay = GatewayBackoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 1);
    }

    [Theory]
    [InlineData(4004, true)]
    [InlineData(4010, true)]
    [InlineData(4014, true)]
    [InlineData(4000, false)]
    [InlineData(4009, false)]
    [InlineData(1000, false)]
    public void IsFatal_CloseCode_MatchesDiscordTable(int code, bool fatal)
    {
        var result = GatewayCloseCodes.IsFatal(code);

        Assert.Equal(fatal, result);
    }
}
