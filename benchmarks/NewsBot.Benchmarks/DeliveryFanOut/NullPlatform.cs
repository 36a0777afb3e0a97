using NewsBot.Alerts;
using NewsBot.Delivery;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>Accepts every alert (and digest) at once: the dispatcher's own cost (claims, JSON, group commits) with no network.</summary>
internal sealed class NullPlatform(string name) : IChatPlatform
{
    public string Name => name;

    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Sent(deliveryKey));

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Sent(deliveryKey));
}
