using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Tests.Fakes;
using Quartz;

namespace NewsBot.Tests;

/// <summary>The real host, built from appsettings.example.json: DI graph, options and Quartz wiring.</summary>
public sealed class HostTests
{
    [Fact]
    public void Create_ExampleSettings_BuildsAndValidates()
    {
        using var data = new TempFolder();

        using var host = CreateHost(data.Path);

        Assert.Equal(TimeSpan.FromMinutes(10), host.Services.GetRequiredService<IOptions<FeedOptions>>().Value.Interval);
        Assert.NotNull(host.Services.GetRequiredService<FeedChecker>());
        Assert.NotNull(host.Services.GetRequiredService<Dispatcher>());
        Assert.NotNull(host.Services.GetRequiredService<ISchedulerFactory>());
    }

    [Fact]
    public void Create_NoTokens_OnlyTheConsolePlatform()
    {
        using var data = new TempFolder();

        using var host = CreateHost(data.Path);

        var platform = Assert.Single(host.Services.GetServices<IChatPlatform>());
        Assert.Equal("console", platform.Name);
    }

    [Fact]
    public void Create_TelegramToken_TelegramReplacesConsole()
    {
        using var data = new TempFolder();

        using var host = CreateHost(data.Path, new() { ["Telegram:BotToken"] = "123456:TEST-token-not-real-aaaaaaaaaaaaaaaaaa", ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9/" });

        Assert.Equal(["telegram"], host.Services.GetServices<IChatPlatform>().Select(p => p.Name));
    }

    [Theory]
    [InlineData("Feeds:Interval", "00:00:01")]
    [InlineData("Feeds:TeaserLength", "-1")]
    [InlineData("Fetching:MaxRedirects", "11")]
    [InlineData("Delivery:BatchSize", "0")]
    public void Create_BadSetting_FailsNamingTheSetting(string key, string value)
    {
        using var data = new TempFolder();

        var error = Assert.Throws<OptionsValidationException>(() => CreateHost(data.Path, new() { [key] = value }));

        Assert.Contains(error.Failures, failure => failure.StartsWith(key, StringComparison.Ordinal) || failure.Contains($"'{key.Split(':')[^1]}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_ExampleSettings_MigratesAndStopsGracefully()
    {
        using var data = new TempFolder();
        using var host = CreateHost(data.Path, new() { ["Feeds:Sources:0:Name"] = "Lokal", ["Feeds:Sources:0:Url"] = "http://127.0.0.1:9/rss", ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1" });

        await host.StartAsync();
        await host.StopAsync();

        Assert.True(File.Exists(Path.Combine(data.Path, "newsbot.db")));
    }

    private static IHost CreateHost(string dataDirectory, Dictionary<string, string?>? overrides = null)
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(SharedFolder.RepositoryRoot, "appsettings.example.json"))
            .Build()
            .AsEnumerable()
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        settings["Storage:DataDirectory"] = dataDirectory;
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return NewsBotHost.Create([], settings);
    }
}
