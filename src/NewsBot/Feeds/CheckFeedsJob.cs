using NewsBot.Feeds.Scheduling;
using Quartz;

namespace NewsBot.Feeds;

/// <summary>Quartz adapter: each tick the poller checks feeds as they fall due. Never two runs at once (in a cluster, one instance).</summary>
[DisallowConcurrentExecution]
public sealed class CheckFeedsJob(FeedPoller poller) : IJob
{
    // The run claims until the next fire time; checks still running then finish on their own (see FeedPoller).
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await poller.RunAsync(context.NextFireTimeUtc, cancellationToken);
}
