namespace NewsBot.Discord.Gateway;

/// <summary>
/// Receives Gateway events in order, one at a time. Must return quickly (interactions have 3 s):
/// long work belongs on its own task.
/// </summary>
public interface IDiscordGatewayHandler
{
    Task OnDispatchAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
