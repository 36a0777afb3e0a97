using NewsBot.Configuration;

namespace NewsBot.Companies;

public static class CompaniesSetup
{
    public static IHostApplicationBuilder AddCompanies(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<CompanyOptions>(CompanyOptions.SectionName);
        builder.Services.AddSingleton<CompanyCatalog>();
        builder.Services.AddSingleton<CompanyStore>();
        builder.Services.AddSingleton<TrackedCompanyStore>();
        return builder;
    }
}
