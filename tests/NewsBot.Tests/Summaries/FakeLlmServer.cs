using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Summaries;

/// <summary>A loopback (127.0.0.1, random port) OpenAI-compatible chat-completions endpoint with a scripted answer.</summary>
internal sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLlmServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Authorization header and body of every request received.</summary>
    public ConcurrentQueue<(string? Authorization, string Body)> Requests { get; } = new();

    public static async Task<FakeLlmServer> StartAsync(Func<HttpContext, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeLlmServer? server = null;
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            server!.Requests.Enqueue((context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync(context.RequestAborted)));
            await respond(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeLlmServer(app, new Uri(address));
        return server;
    }

    /// <summary>Responds with a chat-completions body whose first choice says <paramref name="content"/>.</summary>
    public static Func<HttpContext, Task> Answer(string content)
        => context => context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
