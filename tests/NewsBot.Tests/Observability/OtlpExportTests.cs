using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Observability;

/// <summary>With Telemetry:OtlpEndpoint set, the meters are pushed to that collector (here a loopback OTLP/HTTP receiver).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Run_OtlpEndpointSet_PushesNewsBotMetricsToTheCollector()
    {
        var exports = new ConcurrentQueue<(string Path, string ContentType, string Body)>();
        await using var collector = await LoopbackServer.StartAsync(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            // Protobuf keeps strings as UTF-8 bytes, so the metric names are readable in the raw body.
            exports.Enqueue((context.Request.Path.Value ?? "", context.Request.ContentType ?? "", Encoding.UTF8.GetString(body.ToArray())));
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        using var data = new TempFolder();
        using var host = HealthEndpointTests.CreateHost(data.Path, new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = collector.Url("/v1/metrics").ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });
        await host.StartAsync();
        try
        {
            await FakeDiscord.WaitUntilAsync(() => exports.Any(e => e.Body.Contains("newsbot.feed.checks", StringComparison.Ordinal)), "an OTLP export with the feed check");
        }
        finally
        {
            await host.StopAsync();
        }

        var export = exports.First(e => e.Body.Contains("newsbot.feed.checks", StringComparison.Ordinal));
        Assert.Equal("/v1/metrics", export.Path);
        Assert.Equal("application/x-protobuf", export.ContentType);
        Assert.Contains("newsbot.delivery.queue_length", string.Concat(exports.Select(e => e.Body)), StringComparison.Ordinal);
    }
}
