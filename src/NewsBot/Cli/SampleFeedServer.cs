using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Cli;

/// <summary>Serves the bundled sample feeds on 127.0.0.1 so the demo exercises the real fetch path.</summary>
internal sealed class SampleFeedServer(WebApplication app, string baseUrl) : IAsyncDisposable
{
    public static async Task<SampleFeedServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{file}", (string file) =>
        {
            var path = Path.Combine(folder, Path.GetFileName(file));
            if (!File.Exists(path))
            {
                return Results.NotFound();
            }

            var type = path.EndsWith(".atom", StringComparison.Ordinal) ? "application/atom+xml" : "application/rss+xml";
            return Results.File(path, type + "; charset=utf-8");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SampleFeedServer(app, address.TrimEnd('/'));
    }

    public string UrlOf(string file) => $"{baseUrl}/{file}";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
