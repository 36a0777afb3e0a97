using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Discord.Rest;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

public sealed class DiscordUnauthorizedTests
{
    private static readonly ChatAddress Channel = new("discord", "1", ChatKind.Group);

    [Fact]
    public async Task SendAlert_RevokedToken_UnauthorizedAlsoWhenGuardRefusesLocally()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider(), tweak: o => new() { BotToken = "CANARY-revoked", ApiBaseUrl = o.ApiBaseUrl });
        var platform = new DiscordPlatform(services.GetRequiredService<DiscordRestClient>(), NullLogger<DiscordPlatform>.Instance);

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await platform.SendAlertAsync(Channel, AlertSamples.Seed(), $"outbox-{i}", CancellationToken.None));
        }

        // Three 401s from Discord, then the invalid-request guard blocks the token and the fourth never leaves.
        Assert.All(outcomes, o => Assert.Equal(SendStatus.Unauthorized, o.Status));
        Assert.Equal(3, fake.Rest.Requests.Count);
        Assert.All(outcomes, o => Assert.DoesNotContain("CANARY", o.Error, StringComparison.Ordinal));
    }
}
