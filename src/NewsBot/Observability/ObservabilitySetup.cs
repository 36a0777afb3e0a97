using System.Net;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Feeds;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NewsBot.Observability;

public static class ObservabilitySetup
{
    /// <summary>A second past the delivery grace: the backstop that stops a service which ignores its token.</summary>
    public static readonly TimeSpan ShutdownMargin = TimeSpan.FromSeconds(1);

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ShutdownLog>();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<DeliveryOptions>>((host, delivery) =>
            host.ShutdownTimeout = delivery.Value.ShutdownGrace + ShutdownMargin);

        builder.AddValidatedOptions<HealthOptions>(HealthOptions.SectionName)
            .Validate(o => IPAddress.TryParse(o.Address, out _), "Health:Address must be an IP address, e.g. 127.0.0.1 or 0.0.0.0.");
        builder.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.SectionName)
            .Validate(o => o.OtlpEndpoint is null || o.OtlpEndpoint.Scheme is "http" or "https", "Telemetry:OtlpEndpoint must be an http(s) URL.");

        // OTLP only when a collector is named, here or in the standard OpenTelemetry variable.
        var otlp = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.OtlpEndpoint;
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("newsbot")).WithMetrics(metrics =>
        {
            metrics.AddMeter(FeedMetrics.MeterName, DeliveryMetrics.MeterName).AddPrometheusExporter();
            if (otlp is not null || otlpFromEnvironment)
            {
                metrics.AddOtlpExporter(exporter =>
                {
                    if (otlp is not null)
                    {
                        exporter.Endpoint = otlp;
                    }
                });
            }
        });

        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddSingleton<HealthServer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HealthServer>());
        return builder;
    }
}
