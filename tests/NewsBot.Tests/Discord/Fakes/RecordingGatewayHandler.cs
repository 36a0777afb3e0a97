using System.Collections.Concurrent;
using NewsBot.Discord.Gateway;

namespace NewsBot.Tests.Discord.Fakes;

public sealed class RecordingGatewayHandler : IDiscordGatewayHandler
{
    public ConcurrentQueue<GatewayDispatch> Dispatches { get; } = new();

    public IReadOnlyList<string> Types => [.. Dispatches.Select(d => d.Type)];

    public Task OnDispatchAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        Dispatches.Enqueue(dispatch);
        return Task.CompletedTask;
    }
}
