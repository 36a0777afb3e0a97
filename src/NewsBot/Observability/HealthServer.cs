using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace NewsBot.Observability;

/// <summary>
/// A small Kestrel listener beside the bot: GET /healthz (200 while the process runs), /readyz (200 or 503 with one
/// line per check) and /metrics (Prometheus text from the OpenTelemetry meters).
/// </summary>
public sealed class HealthServer(Readiness readiness, MeterProvider meters, IOptions<HealthOptions> options, ILogger<HealthServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address actually bound (with port 0, the one picked); null until started.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(settings.Address), settings.Port));
        var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meters, context => context.Request.Path == "/metrics", path: null, configureBranchedPipeline: null, optionsName: null);
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (HttpContext context) =>
        {
            var checks = await readiness.CheckAsync(context.RequestAborted);
            var body = string.Concat(checks.Select(c => $"{c.Check}: {(c.Ok ? "ok" : "not ready")}\n"));
            return Results.Text(body, statusCode: checks.All(c => c.Ok) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // The bot's work matters more than its probes: a taken port is logged, never fatal.
            logger.LogError("Health endpoint could not listen on {Address}:{Port}: {Error}; /healthz, /readyz and /metrics are off", settings.Address, settings.Port, ex.Message);
            await app.DisposeAsync();
            return;
        }

        _app = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        logger.LogInformation("Health endpoint listening on {Address} (/healthz, /readyz, /metrics)", Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
