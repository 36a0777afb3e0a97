using Microsoft.Extensions.Options;
using NewsBot.Delivery;

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
        return builder;
    }
}
