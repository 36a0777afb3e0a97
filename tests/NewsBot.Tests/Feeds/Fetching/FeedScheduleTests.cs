using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Scheduling;

namespace NewsBot.Tests.Feeds.Fetching;

public sealed class FeedScheduleTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly FetchFailure ServerError = new(500, "HTTP 500", null);

    [Theory]
    [InlineData(null, null, 10)]
    [InlineData(30, null, 30)]
    [InlineData(5, null, 10)]
    [InlineData(null, 60, 60)]
    [InlineData(30, 60, 60)]
    [InlineData(5000, null, 1440)]
    public void NextAfterSuccess_Hints_WaitsAtLeastTheLongestWithinOneIntervalCappedAt24Hours(int? maxAgeMinutes, int? ttlMinutes, int expectedMinutes)
    {
        var hints = new FetchHints(maxAgeMinutes is { } m ? TimeSpan.FromMinutes(m) : null);
        var feed = ScheduleHints.None with { Ttl = ttlMinutes is { } t ? TimeSpan.FromMinutes(t) : null };

        var next = FeedSchedule.NextAfterSuccess(Now, Interval, 7, hints, feed);

        // The feed's slot comes at most one interval after the wait; the 24 h cap is absolute.
        var least = expectedMinutes == 10 ? Now.AddMinutes(1) : Now.AddMinutes(expectedMinutes);
        Assert.InRange(next, least, expectedMinutes == 1440 ? least : least + Interval);
    }

    [Fact]
    public void NextAfterSuccess_SavedInWholeMilliseconds_NeverDueBeforeItsSlot()
    {
        // The store keeps milliseconds. A slot instant with a sub-millisecond part would be saved up to 1 ms early, and
        // a check claimed then would land in the previous slot period: a second check in it (seen under load in the
        // two-instance run: feed id 88, checks 4.986 s apart at a 5 s interval).
        var interval = TimeSpan.FromSeconds(5);
        for (var feedId = 1L; feedId <= 1000; feedId++)
        {
            var next = FeedSchedule.NextAfterSuccess(Now.AddTicks(1234), interval, feedId, FetchHints.None, ScheduleHints.None);

            Assert.Equal(next, DateTimeOffset.FromUnixTimeMilliseconds(next.ToUnixTimeMilliseconds()));
        }
    }

    [Fact]
    public void NextAfterSuccess_CheckedInItsSlot_NextIsExactlyOneIntervalLater()
    {
        var slot = FeedSchedule.InSlot(Now, Interval, 42);
        var clock = new FakeTimeProvider(slot + TimeSpan.FromSeconds(3));

        var next = FeedSchedule.NextAfterSuccess(clock.GetUtcNow(), Interval, 42, FetchHints.None, ScheduleHints.None);

        Assert.Equal(slot + Interval, next);
    }

    [Fact]
    public void NextAfterSuccess_FirstCheckOfManyFeedsAtOnce_SpreadsThemEvenlyOverTheInterval()
    {
        // All 1,000 feeds checked at the same instant (start-up) must not all fall due together again.
        var clock = new FakeTimeProvider(Now);
        var buckets = new int[10];

        for (var id = 1; id <= 1000; id++)
        {
            var next = FeedSchedule.NextAfterSuccess(clock.GetUtcNow(), Interval, id, FetchHints.None, ScheduleHints.None);
            Assert.InRange(next, Now + (Interval / 10), Now + (Interval * 1.1));
            buckets[(int)((next - Now - (Interval / 10)) / (Interval / 10))]++;
        }

        // Each tenth of the interval gets about a tenth of the feeds.
        Assert.All(buckets, count => Assert.InRange(count, 80, 120));
    }

    [Fact]
    public void NextAfterSuccess_SlotInSkippedHours_MovesToTheFirstHourNotSkipped()
    {
        // 03:00 UTC; hours 3 to 5 skipped.
        var feed = new ScheduleHints(null, (1 << 3) | (1 << 4) | (1 << 5), 0);

        var next = FeedSchedule.NextAfterSuccess(Now, Interval, 42, FetchHints.None, feed);

        Assert.Equal(Now.Date.AddHours(6), next.UtcDateTime);
    }

    [Fact]
    public void NextAfterSuccess_EveryHourAndDaySkipped_WaitsOneDayAtMost()
    {
        var feed = new ScheduleHints(null, (1 << 24) - 1, 0b111_1111);
        var unskipped = FeedSchedule.NextAfterSuccess(Now, Interval, 42, FetchHints.None, ScheduleHints.None);

        var next = FeedSchedule.NextAfterSuccess(Now, Interval, 42, FetchHints.None, feed);

        Assert.Equal(Now + FeedSchedule.MaxWait, next);
        Assert.True(next <= unskipped + TimeSpan.FromDays(1));
    }

    [Fact]
    public void NextAfterSuccess_SkippedDay_MovesToMidnightAfterIt()
    {
        // 2024-06-01 is a Saturday; the feed skips Saturdays, so the check moves to Sunday 00:00 UTC.
        var feed = new ScheduleHints(null, 0, 1 << (int)DayOfWeek.Saturday);

        var next = FeedSchedule.NextAfterSuccess(Now, Interval, 42, FetchHints.None, feed);

        Assert.Equal(new DateTime(2024, 6, 2, 0, 0, 0, DateTimeKind.Utc), next.UtcDateTime);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(5, 160)]
    [InlineData(9, 1440)]
    public void NextAfterFailure_NthFailure_BacksOffExponentiallyWithin10Percent(int failures, int expectedMinutes)
    {
        var low = FeedSchedule.NextAfterFailure(Now, Interval, failures, Now.AddHours(-1), ServerError, jitter: -1);
        var high = FeedSchedule.NextAfterFailure(Now, Interval, failures, Now.AddHours(-1), ServerError, jitter: 1);
        var none = FeedSchedule.NextAfterFailure(Now, Interval, failures, Now.AddHours(-1), ServerError, jitter: 0);

        Assert.Equal(Now.AddMinutes(expectedMinutes), none.NextCheckAt);
        Assert.Equal(Now.AddMinutes(expectedMinutes * 0.9), low.NextCheckAt);
        Assert.Equal(Now.AddMinutes(expectedMinutes * 1.1), high.NextCheckAt);
        Assert.True(none.CountsAsFailure);
        Assert.Null(none.DisabledReason);
    }

    [Fact]
    public void NextAfterFailure_RepeatedFailuresOnAFakeClock_DisablesAfterTenFailuresAndThreeDays()
    {
        // Arrange: fail every time, following the schedule's own next-check times.
        var clock = new FakeTimeProvider(Now);
        DateTimeOffset? failingSince = null;
        FailureDecision? decision = null;
        var failures = 0;

        // Act
        while (decision?.DisabledReason is null && failures < 100)
        {
            failures++;
            decision = FeedSchedule.NextAfterFailure(clock.GetUtcNow(), Interval, failures, failingSince, ServerError, jitter: 0);
            failingSince ??= clock.GetUtcNow();
            clock.SetUtcNow(decision.NextCheckAt);
        }

        // Assert: 10 failures take only ~3.5 days of backoff at 10 minutes; the 3-day rule decides.
        Assert.NotNull(decision!.DisabledReason);
        Assert.True(failures >= FeedSchedule.DisableAfterFailures);
        Assert.True(clock.GetUtcNow() - failingSince!.Value >= FeedSchedule.DisableAfterFailingFor);
    }

    [Fact]
    public void NextAfterFailure_TenFailuresWithinThreeDays_StaysEnabled()
    {
        var decision = FeedSchedule.NextAfterFailure(Now, Interval, 10, Now.AddDays(-2), ServerError, jitter: 0);

        Assert.Null(decision.DisabledReason);
        Assert.Equal(Now.AddHours(24), decision.NextCheckAt);
    }

    [Fact]
    public void NextAfterFailure_Gone_DisablesAtOnce()
    {
        var decision = FeedSchedule.NextAfterFailure(Now, Interval, 1, null, new FetchFailure(410, "HTTP 410 Gone", null), jitter: 0);

        Assert.NotNull(decision.DisabledReason);
        Assert.Contains("410", decision.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAfterFailure_RetryAfterLongerThanInterval_WaitsAndDoesNotCount()
    {
        var decision = FeedSchedule.NextAfterFailure(Now, Interval, 3, Now.AddHours(-1), new FetchFailure(429, "HTTP 429", TimeSpan.FromHours(2)), jitter: 1);

        Assert.False(decision.CountsAsFailure);
        Assert.Equal(Now.AddHours(2), decision.NextCheckAt);
    }
}
