using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Feeds.Scheduling;
using NewsBot.Incidents;
using NewsBot.Pipeline;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Feeds;

public static class FeedsSetup
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<FeedOptions>(FeedOptions.SectionName);
        builder.Services.AddSingleton<FeedStore>();
        builder.Services.AddSingleton<IncidentStore>();
        builder.Services.AddSingleton<FeedCheckSaver>();
        builder.Services.AddSingleton<ArticlePipeline>();
        builder.Services.AddSingleton<RecentIncidents>();
        builder.Services.AddSingleton<TrackedBackfill>();
        builder.Services.AddSingleton<FeedHealthQuery>();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<FeedMetrics>();
        builder.Services.AddSingleton<FeedChecker>();
        builder.Services.AddSingleton<FeedPoller>();

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseNewsBotStore(storage);
            // Shutdown cancels a running check and waits for it: a feed cut short rolls back its transaction and is
            // checked again next time, so stopping never waits for a slow feed (issue 16: SIGTERM within the grace).
            quartz.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            quartz.ScheduleJob<CheckFeedsJob>((services, trigger) => trigger
                .WithIdentity("check-feeds")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(FeedPoller.Tick(services.GetRequiredService<IOptions<FeedOptions>>().Value.Interval))
                    .RepeatForever()
                    // A run that ends past the next fire time by more than the in-memory store's 5 s misfire threshold
                    // (a busy host) made the default policy skip that fire: a minute without polling. Fire at once instead.
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)));
        });
        // The host waits for the cancelled check to unwind before it stops.
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
