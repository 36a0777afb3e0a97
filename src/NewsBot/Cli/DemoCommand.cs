using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Chat.Console;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot demo`: the embedded default end to end. Serves the sample feeds over loopback, uses a fresh
/// database, and after each command line runs a feed check and delivers what it produced. Exits 0 once
/// standard input ends and every pending alert has been delivered.
/// </summary>
public static class DemoCommand
{
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error)
    {
        await using var server = await SampleFeedServer.StartAsync(Path.Combine(AppContext.BaseDirectory, "samples"));
        var dataDirectory = Directory.CreateTempSubdirectory("newsbot-demo-");
        var settings = Settings(server, dataDirectory.FullName);
        var postgres = ConfiguredPostgres();
        if (postgres is not null)
        {
            // A fresh schema of its own in the configured database, dropped at the end.
            settings["Storage:ConnectionString"] = PostgresStorage.WithSchema(postgres, "newsbot_demo_" + Guid.NewGuid().ToString("N"));
        }

        try
        {
            using var host = NewsBotHost.Create([], settings, builder =>
                builder.Services.Replace(ServiceDescriptor.Singleton(new ConsolePlatform(output))));
            var services = host.Services;
            foreach (var initializer in services.GetServices<IHostedService>().OfType<StorageInitializer>())
            {
                await initializer.StartAsync(CancellationToken.None);
            }

            var chat = services.GetRequiredService<ConsoleChat>();
            var checker = services.GetRequiredService<FeedChecker>();
            var dispatcher = services.GetRequiredService<Dispatcher>();
            while (await input.ReadLineAsync() is { } line)
            {
                await chat.HandleLineAsync(line, CancellationToken.None);
                await checker.CheckAllAsync(force: true, CancellationToken.None);
                await DeliverAllAsync(dispatcher);
            }

            await checker.CheckAllAsync(force: true, CancellationToken.None);
            if (!await DeliverAllAsync(dispatcher))
            {
                await error.WriteLineAsync("newsbot demo: some alerts could not be delivered");
                return 1;
            }

            return 0;
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
            if (postgres is not null)
            {
                await PostgresStorage.DropSchemaAsync(settings["Storage:ConnectionString"]!, CancellationToken.None);
            }
        }
    }

    /// <summary>The connection string when the environment selects PostgreSQL (NewsBot__Storage__Provider=Postgres).</summary>
    private static string? ConfiguredPostgres()
    {
        var storage = new ConfigurationBuilder().AddEnvironmentVariables("NewsBot__").Build()
            .GetSection(StorageOptions.SectionName).Get<StorageOptions>();
        return storage is { Provider: StorageProvider.Postgres, ConnectionString: { Length: > 0 } connectionString } ? connectionString : null;
    }

    private static Dictionary<string, string?> Settings(SampleFeedServer server, string dataDirectory) => new()
    {
        ["Storage:DataDirectory"] = dataDirectory,
        ["Feeds:Sources:0:Name"] = "SINDOnews",
        ["Feeds:Sources:0:Url"] = server.UrlOf("sindonews-tekno.xml"),
        ["Feeds:Sources:1:Name"] = "Media Indonesia",
        ["Feeds:Sources:1:Url"] = server.UrlOf("mediaindonesia-teknologi.xml"),
        ["Feeds:Sources:2:Name"] = "Security Wire",
        ["Feeds:Sources:2:Url"] = server.UrlOf("security-wire.atom"),
        ["Feeds:Sources:2:Language"] = "en",
        // The samples are years old: alert on them even though it is each feed's first fetch.
        ["Feeds:FirstFetchAlertWindow"] = "36500.00:00:00",
        ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
        ["Telegram:BotToken"] = "",
        ["Discord:BotToken"] = "",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    private static async Task<bool> DeliverAllAsync(Dispatcher dispatcher)
    {
        using var deadline = new CancellationTokenSource(DeliveryDeadline);
        while (!deadline.IsCancellationRequested)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            if (await dispatcher.CountDeliverableAsync(CancellationToken.None) == 0)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }

        return false;
    }
}
