using NewsBot.Configuration;

namespace NewsBot.Delivery;

public static class DeliverySetup
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DeliveryOptions>(DeliveryOptions.SectionName);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<DeliveryMetrics>();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddHostedService<DispatcherService>();
        return builder;
    }
}
