using Microsoft.Extensions.Time.Testing;

namespace NewsBot.TestKit;

/// <summary>Where the tests' <see cref="FakeTimeProvider"/> clocks start: a fixed instant, so dates in assertions are stable.</summary>
public static class TestClock
{
    /// <summary>1 December 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
