using NewsBot.Configuration;

namespace NewsBot.Companies;

public static class CompaniesSetup
{
    public static IHostApplicationBuilder AddCompanies(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<CompanyOptions>(CompanyOptions.SectionName);
        builder.Services.AddSingleton<CompanyCatalog>();
        builder.Services.AddSingleton<CompanyMatcher>();
        builder.Services.AddSingleton<TrackedCompanyStore>();
        builder.Services.AddSingleton<CompanySource>();
        return builder;
    }
}
