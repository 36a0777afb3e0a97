using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;

namespace NewsBot.Tests.Chat.Subscriptions;

public sealed class SubscriptionRulesTests
{
    private static SubscriptionRules Rules(params (string Slug, string Types, bool Excluded)[] rows) => SubscriptionRules.FromRows(rows);

    [Fact]
    public void Receives_AllWithExclusion_ExcludedCompanyNotReceivedOthersAre()
    {
        var rules = Rules(("*", "", false), ("tokopedia", "", true));

        Assert.False(rules.Receives(["tokopedia"], IncidentType.DataLeak));
        Assert.False(rules.Receives(["tokopedia", "goto"], IncidentType.DataLeak));
        Assert.True(rules.Receives(["gojek"], IncidentType.DataLeak));
    }

    [Fact]
    public void Receives_CompanyWithTypeFilter_OnlyThoseTypes()
    {
        var rules = Rules(("tokopedia", "DataLeak,Hacking", false));

        Assert.True(rules.Receives(["tokopedia"], IncidentType.DataLeak));
        Assert.True(rules.Receives(["tokopedia"], IncidentType.Hacking));
        Assert.False(rules.Receives(["tokopedia"], IncidentType.PolicyChange));
        Assert.False(rules.Receives(["bukalapak"], IncidentType.DataLeak));
    }

    [Fact]
    public void Receives_AllPlusNarrowerCompanyRule_CompanyRuleWins()
    {
        var rules = Rules(("*", "", false), ("tokopedia", "DataLeak", false));

        Assert.True(rules.Receives(["tokopedia"], IncidentType.DataLeak));
        Assert.False(rules.Receives(["tokopedia"], IncidentType.Ransomware));
        Assert.True(rules.Receives(["gojek"], IncidentType.Ransomware));
    }

    [Fact]
    public void Receives_AllLimitedToTypes_OtherTypesNotReceived()
    {
        var rules = Rules(("*", "Ransomware", false));

        Assert.True(rules.Receives(["bca"], IncidentType.Ransomware));
        Assert.False(rules.Receives(["bca"], IncidentType.DataLeak));
    }

    [Fact]
    public void Receives_TrackedCompanyOfAnotherChat_NotCoveredByAll()
    {
        var all = Rules(("*", "", false));
        var tracker = Rules(("lacak-koperasi-maju", "", false));

        Assert.False(all.Receives(["lacak-koperasi-maju"], IncidentType.DataLeak));
        Assert.True(tracker.Receives(["lacak-koperasi-maju"], IncidentType.DataLeak));
    }

    [Fact]
    public void Receives_ExcludedParentButFollowedChildByName_Received()
    {
        var rules = Rules(("*", "", false), ("meta", "", true), ("whatsapp", "", false));

        Assert.True(rules.Receives(["whatsapp", "meta"], IncidentType.PolicyChange));
        Assert.False(rules.Receives(["instagram", "meta"], IncidentType.PolicyChange));
    }

    [Fact]
    public void FromRows_UnknownTypeName_Ignored()
    {
        var rules = Rules(("bca", "DataLeak,Nonsense", false));

        Assert.Equal([IncidentType.DataLeak], rules.Companies["bca"]);
    }
}
