using System.ComponentModel.DataAnnotations;

namespace NewsBot.Observability;

/// <summary>Where /healthz, /readyz and /metrics listen.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Serve the endpoints at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>IP address to listen on: loopback unless set explicitly (0.0.0.0 in the container image).</summary>
    [Required]
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; init; } = 9464;
}

/// <summary>Metric export besides the /metrics scrape.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>OTLP collector, e.g. http://collector:4317; empty = no OTLP export unless OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public Uri? OtlpEndpoint { get; init; }
}
