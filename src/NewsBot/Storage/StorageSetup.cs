using NewsBot.Configuration;

namespace NewsBot.Storage;

public static class StorageSetup
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<BotStateStore>();
        builder.Services.AddSingleton<DatabaseLease>();
        return builder;
    }
}
