using Quartz;

namespace NewsBot.Feeds;

/// <summary>Quartz adapter: each tick checks the feeds that are due. Never two runs at once.</summary>
[DisallowConcurrentExecution]
public sealed class CheckFeedsJob(FeedChecker checker) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await checker.CheckAllAsync(force: false, cancellationToken);
}
