using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Discord.Rest;
using NewsBot.Storage;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Discord;

public sealed class DiscordCommandRegistrarTests
{
    [Fact]
    public async Task RegisterAsync_TwiceWithSameCommands_OverwritesOnce()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var database = await TestDatabase.CreateAsync();
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var registrar = CreateRegistrar(services, database, testGuildId: null);

        var first = await registrar.RegisterAsync(CancellationToken.None);
        var second = await registrar.RegisterAsync(CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, fake.Rest.CommandOverwrites);
        Assert.Equal(CommandCatalog.All.Count, fake.Rest.Commands["global"].GetArrayLength());
    }

    [Fact]
    public async Task RegisterAsync_TestGuildConfigured_OverwritesThatGuildOnly()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var database = await TestDatabase.CreateAsync();
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());

        await CreateRegistrar(services, database, testGuildId: "700").RegisterAsync(CancellationToken.None);

        Assert.Equal(["700"], fake.Rest.Commands.Keys);
    }

    private static DiscordCommandRegistrar CreateRegistrar(ServiceProvider services, TestDatabase database, string? testGuildId) => new(
        services.GetRequiredService<DiscordRestClient>(),
        new BotStateStore(database.Database),
        Microsoft.Extensions.Options.Options.Create(new DiscordOptions { BotToken = FakeDiscord.Token, ApplicationId = FakeDiscord.ApplicationId, TestGuildId = testGuildId }),
        NullLogger<DiscordCommandRegistrar>.Instance);
}
