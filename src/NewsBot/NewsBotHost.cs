using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace NewsBot;

/// <summary>Builds the NewsBot host: configuration, logging and every feature from <see cref="NewsBotSetup"/>.</summary>
public static class NewsBotHost
{
    public static IHost Create(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // appsettings.json ships beside NewsBot.dll; `dotnet run` from the repo root must find it too.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Environment variables in the documented style: NewsBot__Telegram__BotToken → Telegram:BotToken.
        builder.Configuration.AddEnvironmentVariables(prefix: "NewsBot__");
        builder.Configuration.AddCommandLine(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // Standard output belongs to chat text and JSON lines; every log line goes to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        // Check the whole DI graph at start-up in every environment, not only in Development.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions
        {
            ValidateOnBuild = true,
            ValidateScopes = true,
        }));

        builder.AddNewsBot();
        configure?.Invoke(builder);
        var host = builder.Build();

        // Validate every option now, so a bad setting stops every verb with one line (see CommandLine),
        // before the host logs a start-up failure with a stack trace.
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}
