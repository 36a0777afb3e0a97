using NewsBot.Companies;
using NewsBot.Configuration;

namespace NewsBot.Storage;

public static class StorageSetup
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<BotStateStore>();
        builder.Services.AddSingleton<CompanyStore>();
        // Registered first so the schema and catalogues are ready before any other hosted service starts.
        builder.Services.AddHostedService<StorageInitializer>();
        return builder;
    }
}
