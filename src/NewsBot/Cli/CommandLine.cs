using Microsoft.Extensions.Options;

namespace NewsBot.Cli;

/// <summary>The `newsbot` verbs. Unknown verbs and bad arguments print usage and exit 2.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          newsbot [run] [--Section:Key=value ...]   run the bot (console chat when no Telegram/Discord token is configured)
          newsbot demo                              run the bundled sample feeds end to end; commands from standard input
          newsbot feed parse <file-or-url>...       print each feed as one JSON line
          newsbot analyze [--summary-sentences N] [--group]
                                                    analyse JSON lines {"id","title","text","url","published","source"} from standard input
          newsbot deliver                           send every pending alert, then exit
          newsbot health                            exit 0 when the database answers and is fully migrated
          newsbot health --http                     exit 0 when the running bot's /healthz answers 200 (container health check)
          newsbot db copy --to postgres [--connection <string>]
                                                    copy the SQLite database into an empty PostgreSQL database
          newsbot --help | -h | help                print this text
          newsbot --version                         print the version
        """;

    /// <summary>
    /// Standard input and error come as factories: the first use of Console.In (console encoding, reader set-up) cost
    /// 20 ms of CPU in a bare console program on this machine, and `feed parse` reads neither.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, Func<TextReader> input, TextWriter output, Func<TextWriter> error)
    {
        try
        {
            return args switch
            {
                [] => await RunBotAsync([]),
                ["--help" or "-h" or "help"] => PrintHelp(output),
                ["--version"] => PrintVersion(output),
                ["run", .. var rest] => await RunBotAsync(rest),
                [var first, ..] when first.StartsWith("--", StringComparison.Ordinal) => await RunBotAsync(args),
                ["demo"] => await DemoCommand.RunAsync(input(), output, error()),
                ["feed", "parse", .. var sources] when sources.Length > 0 => await FeedParseCommand.RunAsync(sources, output),
                ["analyze", .. var options] when AnalyzeCommand.TryParse(options, out var settings) => await AnalyzeCommand.RunAsync(settings, input(), output),
                ["deliver"] => await DeliverAsync(),
                ["health"] => await HealthAsync(error()),
                ["health", "--http"] => await HttpHealthAsync(error()),
                ["db", "copy", "--to", "postgres"] => await DbCopyAsync(null, output, error()),
                ["db", "copy", "--to", "postgres", "--connection", var connection] => await DbCopyAsync(connection, output, error()),
                _ => PrintUsage(error()),
            };
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            // One clear line naming the setting(s), never a stack trace.
            await error().WriteLineAsync("newsbot: invalid configuration: " + string.Join("; ", failures));
            return 1;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            // The binder names the key: "Failed to convert configuration value at 'Feeds:Interval' to type 'System.TimeSpan'."
            await error().WriteLineAsync("newsbot: invalid configuration: " + ex.Message);
            return 1;
        }
    }

    /// <summary>Start-up validation throws one exception per invalid options class, aggregated when there are several.</summary>
    private static List<string> ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };

    private static async Task<int> RunBotAsync(string[] hostArgs)
    {
        using var host = NewsBotHost.Create(hostArgs);
        await host.RunAsync();
        return 0;
    }

    private static async Task<int> DeliverAsync()
    {
        using var host = NewsBotHost.Create([]);
        return await Delivery.DeliverCommand.RunAsync(host.Services, CancellationToken.None);
    }

    private static async Task<int> HealthAsync(TextWriter error)
    {
        using var host = NewsBotHost.Create([]);
        try
        {
            return await host.Services.GetRequiredService<Storage.Database>().IsReadyAsync(CancellationToken.None) ? 0 : 1;
        }
        catch (System.Data.Common.DbException ex)
        {
            await error.WriteLineAsync("newsbot health: " + ex.Message);
            return 1;
        }
    }

    private static async Task<int> HttpHealthAsync(TextWriter error)
    {
        using var host = NewsBotHost.Create([]);
        return await Observability.HealthProbe.RunAsync(host.Services, error);
    }

    private static async Task<int> DbCopyAsync(string? connection, TextWriter output, TextWriter error)
    {
        using var host = NewsBotHost.Create([]);
        return await DbCopyCommand.RunAsync(host.Services.GetRequiredService<IConfiguration>(), connection, output, error);
    }

    private static int PrintHelp(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private static int PrintVersion(TextWriter output)
    {
        var assembly = typeof(CommandLine).Assembly;
        var version = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false) is [System.Reflection.AssemblyInformationalVersionAttribute informational, ..]
            ? informational.InformationalVersion
            : assembly.GetName().Version?.ToString() ?? "unknown";
        output.WriteLine("newsbot " + version);
        return 0;
    }

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
