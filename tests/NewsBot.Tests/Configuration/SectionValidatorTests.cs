using NewsBot.Configuration;
using NewsBot.Feeds;

namespace NewsBot.Tests.Configuration;

public sealed class SectionValidatorTests
{
    [Fact]
    public void Validate_BadNestedFeed_NamesTheSettingPath()
    {
        var options = new FeedOptions { Sources = [new FeedSource { Name = "Ok", Url = "https://example.com/rss" }, new FeedSource { Name = "", Url = "not a url" }] };

        var result = new SectionValidator<FeedOptions>(FeedOptions.SectionName).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Feeds:Sources:1:Url:", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Feeds:Sources:1:Name:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("Sources:0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IntervalOutOfRange_NamesInterval()
    {
        var options = new FeedOptions { Interval = TimeSpan.FromDays(3) };

        var result = new SectionValidator<FeedOptions>(FeedOptions.SectionName).Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Feeds:Interval:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new SectionValidator<FeedOptions>(FeedOptions.SectionName).Validate(null, new FeedOptions());

        Assert.True(result.Succeeded);
    }
}
