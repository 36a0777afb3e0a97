using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Alerts;
using NewsBot.Chat.Discord;
using NewsBot.Delivery;
using NewsBot.Discord.Rest;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

public sealed class DiscordPlatformTests
{
    private static readonly ChatAddress Channel = new("discord", "1", ChatKind.Group);

    [Fact]
    public async Task SendAlert_KnownChannel_OneEmbedWithNonceAndNoMentionParsing()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());

        var outcome = await CreatePlatform(services).SendAlertAsync(Channel, AlertSamples.Seed(), "outbox-17", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var message = Assert.Single(fake.Rest.Messages);
        Assert.Equal(outcome.MessageId, message.Id);
        Assert.Equal("outbox-17", message.Body.GetProperty("nonce").GetString());
        Assert.True(message.Body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, message.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task SendDigest_TwelveAlerts_TwoMessagesWithPartNoncesHeadingFirst()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var digest = new AlertDigest(DigestReason.QuietHours, [.. Enumerable.Range(0, 12).Select(i => AlertSamples.Seed($"Judul {i}"))]);
        var platform = CreatePlatform(services);

        var outcome = await platform.SendDigestAsync(Channel, digest, "outbox-30", CancellationToken.None);
        var again = await platform.SendDigestAsync(Channel, digest, "outbox-30", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(outcome.MessageId, again.MessageId);
        Assert.Equal(2, fake.Rest.Messages.Count);
        Assert.Equal(["outbox-30", "outbox-30.1"], fake.Rest.Messages.Select(m => m.Body.GetProperty("nonce").GetString()));
        Assert.Equal([10, 2], fake.Rest.Messages.Select(m => m.Body.GetProperty("embeds").GetArrayLength()));
        Assert.Contains("jam senyap", fake.Rest.Messages[0].Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.All(fake.Rest.Messages, m => Assert.Equal(0, m.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
    }

    [Fact]
    public async Task SendAlert_SameDeliveryKeyAfterCrash_DiscordKeepsOneMessage()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var platform = CreatePlatform(services);

        var first = await platform.SendAlertAsync(Channel, AlertSamples.Seed(), "outbox-18", CancellationToken.None);
        var second = await platform.SendAlertAsync(Channel, AlertSamples.Seed(), "outbox-18", CancellationToken.None);

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(fake.Rest.Messages);
    }

    [Fact]
    public async Task SendAlert_HugeAlert_SplitsIntoMessagesWithDistinctNonces()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.MessageBucketLimit = 100;
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());

        var outcome = await CreatePlatform(services).SendAlertAsync(Channel, AlertSamples.Huge(), "outbox-19", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var nonces = fake.Rest.Messages.Select(m => m.Body.GetProperty("nonce").GetString()).ToList();
        Assert.True(nonces.Count > 1);
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        Assert.All(nonces, n => Assert.InRange(n!.Length, 1, 25));
    }

    [Theory]
    [InlineData("forbidden", SendStatus.ChatGone)]
    [InlineData("unknown", SendStatus.ChatGone)]
    [InlineData("429", SendStatus.RateLimited)]
    [InlineData("502", SendStatus.Retry)]
    [InlineData("400", SendStatus.Rejected)]
    public async Task SendAlert_DiscordError_MapsToDeliveryOutcome(string scenario, SendStatus expected)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1").Forbidden = scenario == "forbidden";
        switch (scenario)
        {
            case "429":
                fake.Rest.EnqueueFault("/messages", FakeFault.RateLimited(120, global: false));
                break;
            case "502":
                fake.Rest.EnqueueFault("/messages", FakeFault.ServerError());
                break;
            case "400":
                fake.Rest.EnqueueFault("/messages", new FakeFault(400, """{"message":"Invalid Form Body","code":50035}""", new Dictionary<string, string>()));
                break;
        }

        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var channel = scenario == "unknown" ? Channel with { ExternalId = "404" } : Channel;

        var outcome = await CreatePlatform(services).SendAlertAsync(channel, AlertSamples.Seed(), "outbox-20", CancellationToken.None);

        Assert.Equal(expected, outcome.Status);
        if (expected == SendStatus.RateLimited)
        {
            Assert.Equal(TimeSpan.FromSeconds(120), outcome.RetryAfter);
        }
    }

    [Theory]
    [InlineData("outbox-1", 0, "outbox-1")]
    [InlineData("outbox-1", 2, "outbox-1.2")]
    [InlineData("a-very-long-delivery-key-0123456789", 0, null)]
    [InlineData("a-very-long-delivery-key-0123456789", 3, null)]
    public void Nonce_DeliveryKey_AtMost25Characters(string key, int part, string? expected)
    {
        var nonce = DiscordPlatform.Nonce(key, part);

        Assert.InRange(nonce.Length, 1, 25);
        if (expected is not null)
        {
            Assert.Equal(expected, nonce);
        }
    }

    [Fact]
    public async Task SendAlert_RevokedToken_UnauthorizedAlsoWhenGuardRefusesLocally()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider(), tweak: o => new() { BotToken = "CANARY-revoked", ApiBaseUrl = o.ApiBaseUrl });
        var platform = CreatePlatform(services);

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

    private static DiscordPlatform CreatePlatform(ServiceProvider services) =>
        new(services.GetRequiredService<DiscordRestClient>(), NullLogger<DiscordPlatform>.Instance);
}
