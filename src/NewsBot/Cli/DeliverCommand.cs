using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>`newsbot deliver`: send every pending alert through the configured platforms, then exit.</summary>
public static class DeliverCommand
{
    public static async Task<int> RunAsync(TextWriter error)
    {
        using var host = NewsBotHost.Create([]);
        await host.Services.GetRequiredService<Database>().MigrateAsync(CancellationToken.None);
        var dispatcher = host.Services.GetRequiredService<Dispatcher>();
        while ((await dispatcher.SummarizeAsync(CancellationToken.None)).Pending > 0)
        {
            if (await dispatcher.DispatchDueAsync(CancellationToken.None) == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }

        await error.WriteLineAsync("newsbot deliver: no pending alerts left");
        return 0;
    }
}
