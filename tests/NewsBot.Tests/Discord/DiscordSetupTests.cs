using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Discord;
using NewsBot.Delivery;
using NewsBot.Discord;

namespace NewsBot.Tests.Discord;

public sealed class DiscordSetupTests
{
    [Fact]
    public void AddDiscord_NoBotToken_RegistersNothingDiscord()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "", ["Discord:ApplicationId"] = "1" });

        builder.AddDiscord();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType.Namespace?.Contains("Discord", StringComparison.Ordinal) == true
            || s.ImplementationType?.Namespace?.Contains("Discord", StringComparison.Ordinal) == true
            || s.ServiceType == typeof(IChatPlatform));
    }

    [Fact]
    public void AddDiscord_TokenWithoutApplicationId_FailsValidationNamingTheSetting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "x" });
        builder.AddDiscord();
        using var services = builder.Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscord_FullSection_BindsShardsAndUrlsForTheClient()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = "x",
            ["Discord:ApplicationId"] = "1",
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "4",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:1/api/v10/",
            ["Discord:GatewayUrl"] = "ws://127.0.0.1:1/gateway",
        });
        builder.AddDiscord();
        using var services = builder.Services.BuildServiceProvider();

        var client = services.GetRequiredService<IOptions<DiscordClientOptions>>().Value;

        Assert.Equal((1, 4), (client.ShardId, client.ShardCount));
        Assert.Equal(new Uri("ws://127.0.0.1:1/gateway"), client.GatewayUrl);
        Assert.Equal("discord", Assert.Single(services.GetServices<IChatPlatform>()).Name);
    }
}
