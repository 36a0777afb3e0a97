using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>
/// Loopback fake of Discord on Kestrel (127.0.0.1, random port): REST routes under <c>/api/v10</c>
/// (<see cref="FakeDiscordRest"/>) and a scriptable Gateway WebSocket at <c>/gateway</c> (<see cref="FakeGateway"/>).
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "CANARY-bot-token-0123456789";
    public const string ApplicationId = "900000000000000001";

    private readonly WebApplication _app;

    private FakeDiscord(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Rest = new FakeDiscordRest(this);
        Gateway = new FakeGateway(this);
    }

    public Uri BaseUrl { get; }

    public Uri ApiBaseUrl => new(BaseUrl, "/api/v10/");

    public Uri GatewayUrl => new($"ws://{BaseUrl.Authority}/gateway");

    public FakeDiscordRest Rest { get; }

    public FakeGateway Gateway { get; }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeDiscord? fake = null;
        app.UseWebSockets();
        app.Map(new PathString("/gateway"), gateway => gateway.Run(context => fake!.Gateway.AcceptAsync(context)));
        app.Run(context => fake!.Rest.HandleAsync(context));
        await app.StartAsync();
        fake = new FakeDiscord(app, new Uri(app.Urls.First()));
        return fake;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, double seconds = 60, Func<string>? diagnostics = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds)
            {
                Assert.Fail("Timed out waiting for " + what + "\n" + diagnostics?.Invoke());
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Polls an asynchronous condition (a database read, say) until it holds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, double seconds = 60)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds)
            {
                Assert.Fail("Timed out waiting for " + what);
            }

            await Task.Delay(20);
        }
    }

    internal static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.AbortAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
