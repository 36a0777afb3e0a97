namespace NewsBot.Delivery;

public static class DeliverySetup
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<DeliveryMetrics>();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddHostedService<DispatcherService>();
        return builder;
    }
}
