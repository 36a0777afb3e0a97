using Microsoft.Extensions.Options;
using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;
using NewsBot.Companies;

namespace NewsBot.Tests.Chat.Subscriptions;

public sealed class SubscribeArgumentsTests
{
    private static readonly CompanyCatalog Catalog = new(Options.Create(new CompanyOptions()));

    private static SubscribeArguments Parse(string text) => SubscribeArguments.Parse(text, Catalog.Find);

    [Fact]
    public void Parse_SeveralCompanies_AllRecognised()
    {
        var parsed = Parse("tokopedia, bukalapak dan gojek");

        Assert.Equal(["tokopedia", "bukalapak", "gojek"], parsed.Companies.Select(c => c.Slug));
        Assert.Empty(parsed.Unknown);
        Assert.Empty(parsed.Types);
    }

    [Theory]
    [InlineData("tokopedia kebocoran")]
    [InlineData("tokopedia hanya kebocoran")]
    [InlineData("Tokopedia, hanya Kebocoran")]
    public void Parse_CompanyThenType_TypeIsAFilterNotAName(string text)
    {
        var parsed = Parse(text);

        Assert.Equal("tokopedia", Assert.Single(parsed.Companies).Slug);
        Assert.Equal([IncidentType.DataLeak], parsed.Types);
    }

    [Fact]
    public void Parse_SeveralTypesWithTwoWordTypes_AllRead()
    {
        var parsed = Parse("gojek, grab hanya pengumpulan data, kebijakan privasi dan peretasan");

        Assert.Equal(["gojek", "grab"], parsed.Companies.Select(c => c.Slug));
        Assert.Equal([IncidentType.Hacking, IncidentType.DataCollection, IncidentType.PolicyChange], parsed.Types.Order());
    }

    [Fact]
    public void Parse_AllWithType_AllAndFilter()
    {
        var parsed = Parse("semua ransomware");

        Assert.True(parsed.All);
        Assert.Equal([IncidentType.Ransomware], parsed.Types);
    }

    [Fact]
    public void Parse_SpaceSeparatedKnownCompanies_Split()
    {
        Assert.Equal(["tokopedia", "bukalapak"], Parse("tokopedia bukalapak").Companies.Select(c => c.Slug));
    }

    [Fact]
    public void Parse_UnknownBesideKnown_BothReported()
    {
        var parsed = Parse("tokopedia, xiomi");

        Assert.Equal("tokopedia", Assert.Single(parsed.Companies).Slug);
        Assert.Equal(["xiomi"], parsed.Unknown);
    }

    [Theory]
    [InlineData("xiomi", "Xiaomi")]
    [InlineData("whatsap", "WhatsApp")]
    [InlineData("tokped", "Tokopedia")]
    [InlineData("bank bri", "Bank Rakyat Indonesia")]
    [InlineData("tokopdia", "Tokopedia")]
    public void Closest_Misspelt_SuggestsTheCompanyFirst(string input, string expected)
    {
        var suggestions = CompanySuggestions.Closest(Catalog.All, input, 3);

        Assert.Equal(expected, suggestions[0].Name);
    }

    [Fact]
    public void Closest_Gibberish_NoSuggestion()
    {
        Assert.Empty(CompanySuggestions.Closest(Catalog.All, "qqqqzzzzxxxx", 3));
    }
}
