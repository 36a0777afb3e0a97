namespace NewsBot.Companies;

public static class CompaniesSetup
{
    public static IHostApplicationBuilder AddCompanies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CompanyOptions>()
            .BindConfiguration(CompanyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CompanyCatalog>();
        builder.Services.AddSingleton<CompanyMatcher>();
        return builder;
    }
}
