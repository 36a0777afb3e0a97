using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

public sealed class HostGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EnterAsync_ThreeRequestsAtOnce_StartsSpacedAndAtMostTwoInFlight()
    {
        // Arrange: two in flight, starts one second apart.
        var clock = new FakeTimeProvider(TestClock.Start);
        using var gate = new HostGate(2, TimeSpan.FromSeconds(1), clock);

        // Act
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = gate.EnterAsync(CancellationToken.None);
        var third = gate.EnterAsync(CancellationToken.None);

        // Assert: the second starts one second after the first, the third only when one of them is done.
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var secondTurn = await second.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(third.IsCompleted);
        first.Dispose();
        using var thirdTurn = await third.WaitAsync(Patience);
    }
}
