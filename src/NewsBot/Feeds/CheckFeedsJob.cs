using NewsBot.Feeds.Scheduling;
using Quartz;

namespace NewsBot.Feeds;

/// <summary>Quartz adapter: each tick the poller checks feeds as they fall due. Never two runs at once (in a cluster, one instance).</summary>
[DisallowConcurrentExecution]
public sealed class CheckFeedsJob(FeedPoller poller) : IJob
{
    // The run claims until the next fire time, not for a fixed length: the wait for the last running checks then
    // cannot add up over runs until Quartz counts a fire as misfired and skips it (a minute without polling).
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await poller.RunAsync(context.NextFireTimeUtc, cancellationToken);
}
