using Microsoft.Extensions.Options;
using NewsBot.Companies;
using NewsBot.Tests.Analysis;

namespace NewsBot.Tests.Companies;

public sealed class CompanyCatalogTests
{
    [Fact]
    public void All_BuiltIn_HasAtLeastFortyCompanies()
    {
        var catalog = Analyzers.Catalog;

        var count = catalog.All.Count;

        Assert.True(count >= 40, $"only {count} companies");
    }

    [Theory]
    [InlineData("Tokped", "tokopedia")]
    [InlineData("tokopedia", "tokopedia")]
    [InlineData("BSI", "bsi")]
    [InlineData("bank syariah indonesia", "bsi")]
    [InlineData("IndiHome", "telkom")]
    [InlineData("PeduliLindungi", "kemenkes")]
    [InlineData("eHAC", "kemenkes")]
    [InlineData("Komdigi", "kominfo")]
    [InlineData("Facebook", "meta")]
    [InlineData("WA", "whatsapp")]
    [InlineData("BPJS Kesehatan", "bpjs-kesehatan")]
    [InlineData("BPJS Ketenagakerjaan", "bpjs-ketenagakerjaan")]
    [InlineData("Telkomsel", "telkomsel")]
    public void Find_NameAliasOrProduct_ReturnsCompany(string query, string slug)
    {
        var catalog = Analyzers.Catalog;

        var company = catalog.Find(query);

        Assert.Equal(slug, company?.Slug);
    }

    [Theory]
    [InlineData("BPJS")]
    [InlineData("Forbes")]
    [InlineData("SINDOnews")]
    [InlineData("Kompas")]
    [InlineData("")]
    public void Find_AmbiguousOrMedia_ReturnsNull(string query)
    {
        var catalog = Analyzers.Catalog;

        var company = catalog.Find(query);

        Assert.Null(company);
    }

    [Fact]
    public void Search_Prefix_ReturnsNameMatchesFirst()
    {
        var catalog = Analyzers.Catalog;

        var found = catalog.Search("tok", 5).Select(c => c.Slug).ToList();

        Assert.Equal("tokopedia", found[0]);
        Assert.True(found.Count <= 5);
    }

    [Fact]
    public void Search_Contains_FindsAlias()
    {
        var catalog = Analyzers.Catalog;

        var found = catalog.Search("syariah", 10).Select(c => c.Slug);

        Assert.Contains("bsi", found);
    }

    [Fact]
    public void Constructor_ConfiguredEntry_AddsAndOverrides()
    {
        var options = Options.Create(new CompanyOptions
        {
            Entries =
            [
                new CompanyDefinition { Slug = "periksadata", Name = "PeriksaData", Aliases = ["periksadata.com"] },
                new CompanyDefinition { Slug = "tokopedia", Name = "Tokopedia Baru", Aliases = ["TokBar"] },
            ],
        });

        var catalog = new CompanyCatalog(options);

        Assert.Equal("periksadata", catalog.Find("periksadata.com")?.Slug);
        Assert.Equal("Tokopedia Baru", catalog.Get("tokopedia")?.Name);
        Assert.Null(catalog.Find("Tokped"));
    }

    [Fact]
    public void All_BuiltIn_ParentsExist()
    {
        var catalog = Analyzers.Catalog;

        var missing = catalog.All.Where(c => c.ParentSlug is { } p && catalog.Get(p) is null).Select(c => c.Slug);

        Assert.Empty(missing);
    }

    [Fact]
    public void Validate_EntryWithoutNameOrBadSlug_Fails()
    {
        var options = new CompanyOptions { Entries = [new CompanyDefinition { Slug = "Bad Slug", Name = "" }] };

        var results = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(2, results.Count);
    }
}
