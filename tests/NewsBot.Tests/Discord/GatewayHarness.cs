using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

/// <summary>A started fake Discord plus the real Gateway client running against it in the background.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ServiceProvider _services;

    private GatewayHarness(FakeDiscord fake, ServiceProvider services, CapturingLoggerProvider logs, RecordingGatewayHandler handler)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
        Handler = handler;
        Client = services.GetRequiredService<DiscordGatewayClient>();
        Run = Client.RunAsync(_stop.Token);
    }

    public FakeDiscord Fake { get; }

    public FakeGateway Gateway => Fake.Gateway;

    public CapturingLoggerProvider Logs { get; }

    public RecordingGatewayHandler Handler { get; }

    public DiscordGatewayClient Client { get; }

    public Task Run { get; }

    public static async Task<GatewayHarness> StartAsync(Func<DiscordClientOptions, DiscordClientOptions>? tweak = null, Action<FakeDiscord>? arrange = null)
    {
        var fake = await FakeDiscord.StartAsync();
        arrange?.Invoke(fake);
        var logs = new CapturingLoggerProvider();
        var handler = new RecordingGatewayHandler();
        var services = DiscordClientFactory.Create(fake, logs, handler, tweak);
        return new GatewayHarness(fake, services, logs, handler);
    }

    public Task WaitForDispatchCountAsync(string type, int count) =>
        FakeDiscord.WaitUntilAsync(() => Handler.Types.Count(t => t == type) >= count, $"{count} × {type}", diagnostics: () => Logs.AllText);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(Run, Task.Delay(TimeSpan.FromSeconds(5)));
        await Fake.DisposeAsync();
        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
