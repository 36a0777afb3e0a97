using NewsBot.Analysis;
using NewsBot.Delivery;

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

    private static readonly HashSet<IncidentType> Leak = [IncidentType.DataLeak];

    [Fact]
    public void WithoutTypes_CompanyCoveredByAll_OwnRuleWithoutThatTypeOthersUntouched()
    {
        var rules = Rules(("*", "", false)).WithoutTypes(["tokopedia"], Leak);

        Assert.False(rules.Receives(["tokopedia"], IncidentType.DataLeak));
        Assert.True(rules.Receives(["tokopedia"], IncidentType.Hacking));
        Assert.True(rules.Receives(["tokopedia"], IncidentType.Other));
        Assert.True(rules.Receives(["gojek"], IncidentType.DataLeak));
    }

    [Fact]
    public void WithoutTypes_LastTypeOfCompanyUnderAll_ExcludedNotFallingBackToAll()
    {
        var rules = Rules(("*", "", false), ("tokopedia", "DataLeak", false)).WithoutTypes(["tokopedia"], Leak);

        Assert.Contains("tokopedia", rules.Excluded);
        Assert.False(rules.Receives(["tokopedia"], IncidentType.Hacking));
        Assert.False(rules.Receives(["tokopedia"], IncidentType.DataLeak));
    }

    [Fact]
    public void WithoutTypes_Everything_AllAndEveryCompanyLoseTheType()
    {
        var rules = Rules(("*", "DataLeak,Hacking", false), ("gojek", "", false), ("bca", "DataLeak", false), ("ovo", "", true))
            .WithoutTypes(null, Leak);

        Assert.False(rules.Receives(["tokopedia"], IncidentType.DataLeak));
        Assert.True(rules.Receives(["tokopedia"], IncidentType.Hacking));
        Assert.False(rules.Receives(["gojek"], IncidentType.DataLeak));
        Assert.True(rules.Receives(["gojek"], IncidentType.Ransomware));
        Assert.False(rules.Receives(["bca"], IncidentType.Hacking));
        Assert.False(rules.Receives(["ovo"], IncidentType.Hacking));
    }

    [Fact]
    public void WithoutTypes_LastTypeOfAll_AllAndExclusionsGoCompaniesStay()
    {
        var rules = Rules(("*", "DataLeak", false), ("ovo", "", true), ("gojek", "", false)).WithoutTypes(null, Leak);

        Assert.False(rules.FollowsAll);
        Assert.Empty(rules.Excluded);
        Assert.True(rules.Receives(["gojek"], IncidentType.Hacking));
    }

    [Fact]
    public void WithoutTypes_TypeNotReceived_RulesUnchanged()
    {
        var before = Rules(("*", "Hacking", false), ("gojek", "Hacking", false), ("ovo", "", true));

        var after = before.WithoutTypes(["gojek", "ovo", "bca"], Leak);

        Assert.Equal(before.ToRows().Order(), after.ToRows().Order());
    }

    [Fact]
    public void ToRows_FromRows_RoundTrip()
    {
        (string, string, bool)[] rows = [("*", "Hacking", false), ("gojek", "DataLeak,Ransomware", false), ("ovo", "", true)];

        Assert.Equal(rows.Order(), SubscriptionRules.FromRows(rows).ToRows().Order());
    }
}
