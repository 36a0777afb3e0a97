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
        builder.Services.AddSingleton<FeedChecker>();
        builder.Services.AddSingleton<FeedPoller>();

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseNewsBotStore(storage);
            quartz.ScheduleJob<CheckFeedsJob>((services, trigger) => trigger
                .WithIdentity("check-feeds")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(FeedPoller.Tick(services.GetRequiredService<IOptions<FeedOptions>>().Value.Interval))
                    .RepeatForever()));
        });
        // A running check finishes (its transaction commits) before the host stops.
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
