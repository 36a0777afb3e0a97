using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Discord.Gateway;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Observability;

/// <summary>/readyz: the database answers and is migrated, the feed scheduler runs, every enabled platform is connected.</summary>
public sealed class Readiness(Database database, ISchedulerFactory schedulers, IEnumerable<IChatPlatform> platforms, IServiceProvider services)
{
    public async Task<IReadOnlyList<(string Check, bool Ok)>> CheckAsync(CancellationToken cancellationToken)
    {
        List<(string, bool)> checks = [("database", await DatabaseReadyAsync(cancellationToken)), ("scheduler", await SchedulerRunningAsync(cancellationToken))];
        checks.AddRange(platforms.Select(platform => ("platform " + platform.Name, IsConnected(platform.Name))));
        return checks;
    }

    private async Task<bool> DatabaseReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await database.IsReadyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    private async Task<bool> SchedulerRunningAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running;
    }

    private bool IsConnected(string platform) => platform switch
    {
        "telegram" => services.GetService<TelegramConnection>()?.IsConnected == true,
        "discord" => services.GetService<DiscordGatewayClient>()?.IsConnected == true,
        _ => true, // the console is always there
    };
}
