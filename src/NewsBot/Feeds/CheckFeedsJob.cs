using NewsBot.Feeds.Scheduling;
using Quartz;

namespace NewsBot.Feeds;

/// <summary>Quartz adapter: each tick the poller checks feeds as they fall due. Never two runs at once (in a cluster, one instance).</summary>
[DisallowConcurrentExecution]
public sealed class CheckFeedsJob(FeedPoller poller) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await poller.RunAsync(cancellationToken);
}
