using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

public sealed class FeedFetchingSetupTests
{
    [Fact]
    public void AddFeedFetching_WithConfiguration_ResolvesFetcherAndBindsOptions()
    {
        // Arrange
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:Timeout"] = "00:00:05",
            ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
        });

        // Act
        builder.AddFeedFetching();
        using var host = builder.Build();

        // Assert
        Assert.NotNull(host.Services.GetRequiredService<FeedFetcher>());
        Assert.NotNull(host.Services.GetRequiredService<ArticlePageExtractor>());
        var options = host.Services.GetRequiredService<IOptions<FetchOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(["127.0.0.1"], options.AllowedPrivateHosts);
        Assert.Equal(5, options.MaxRedirects);
    }
}
