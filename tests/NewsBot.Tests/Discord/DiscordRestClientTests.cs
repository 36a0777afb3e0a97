using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task CreateMessage_KnownChannel_SendsBotAuthUserAgentAndEmptyMentionParse()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        var message = await rest.CreateMessageAsync("1", new MessagePayload { Content = "@everyone hai" }, CancellationToken.None);

        var request = Assert.Single(fake.Rest.Requests);
        Assert.Equal("Bot " + FakeDiscord.Token, request.Authorization);
        Assert.StartsWith("DiscordBot (https://", request.UserAgent);
        var recorded = Assert.Single(fake.Rest.Messages);
        Assert.Equal(recorded.Id, message.Id);
        Assert.Equal(0, recorded.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Theory]
    [InlineData("404", false, HttpStatusCode.NotFound, 10003)]
    [InlineData("1", true, HttpStatusCode.Forbidden, 50013)]
    public async Task CreateMessage_UnusableChannel_ThrowsWithDiscordCode(string channelId, bool forbidden, HttpStatusCode status, int code)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1").Forbidden = forbidden;
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync(channelId, new MessagePayload { Content = "x" }, CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task CreateMessage_RepeatedForbidden_StopsCallingTheRoute()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1").Forbidden = true;
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();
        var errors = new List<DiscordHttpException>();

        for (var i = 0; i < 6; i++)
        {
            errors.Add(await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None)));
        }

        Assert.Equal(3, fake.Rest.Requests.Count);
        Assert.All(errors, e => Assert.Equal(HttpStatusCode.Forbidden, e.Status));
        Assert.True(errors[^1].BlockedLocally);
    }

    [Fact]
    public async Task CreateMessage_BucketRateLimited_WaitsRetryAfterAndSucceeds()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.EnqueueFault("/channels/1/messages", FakeFault.RateLimited(0.4, global: false));
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        await rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None);

        var requests = fake.Rest.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.35), "the retry must wait retry_after");
    }

    [Fact]
    public async Task SendAsync_GlobalRateLimit_PausesOtherRoutesToo()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.Guilds["700"] = "Guild";
        fake.Rest.EnqueueFault("/channels/1/messages", FakeFault.RateLimited(0.6, global: true));
        var logs = new CapturingLoggerProvider();
        using var services = DiscordClientFactory.Create(fake, logs);
        var rest = services.GetRequiredService<DiscordRestClient>();

        var send = rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None);
        await FakeDiscord.WaitUntilAsync(() => logs.AllText.Contains("rate limited", StringComparison.Ordinal), "the global 429");
        await rest.GetGuildAsync("700", CancellationToken.None);
        await send;

        var requests = fake.Rest.Requests;
        var limited = requests.Single(r => r.Status == 429);
        var guild = requests.Single(r => r.Path.EndsWith("/guilds/700", StringComparison.Ordinal));
        Assert.True(guild.At - limited.At >= TimeSpan.FromSeconds(0.5), "another route must wait out the global limit");
    }

    [Fact]
    public async Task CreateMessage_LongRetryAfter_ThrowsWithRetryAfterInsteadOfWaiting()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.EnqueueFault("/channels/1/messages", FakeFault.RateLimited(30, global: false));
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Single(fake.Rest.Requests);
    }

    [Fact]
    public async Task CreateMessage_ManySendsToOneChannel_NeverExceedsAdvertisedBucket()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.AddChannel("2");
        fake.Rest.MessageBucketLimit = 2;
        fake.Rest.MessageBucketWindow = TimeSpan.FromMilliseconds(300);
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => rest.CreateMessageAsync(i % 2 == 0 ? "1" : "2", new MessagePayload { Content = "x" }, CancellationToken.None)));

        Assert.Equal(0, fake.Rest.BucketOverflows);
        Assert.Equal(10, fake.Rest.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_SameNonceTwice_CreatesOneMessage()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();
        var payload = new MessagePayload { Content = "x", Nonce = "d-42", EnforceNonce = true };

        var first = await rest.CreateMessageAsync("1", payload, CancellationToken.None);
        var second = await rest.CreateMessageAsync("1", payload, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(fake.Rest.Messages);
    }

    [Fact]
    public async Task InteractionRoutes_CallbackEditAndFollowup_ReachTheFake()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        fake.Rest.Guilds["700"] = "Guild";
        var interaction = fake.Rest.RegisterInteraction("5");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();
        var command = new ApplicationCommand { Name = "ikuti", Description = "Ikuti" };

        await rest.BulkOverwriteGlobalCommandsAsync(FakeDiscord.ApplicationId, [command], CancellationToken.None);
        await rest.BulkOverwriteGuildCommandsAsync(FakeDiscord.ApplicationId, "700", [command], CancellationToken.None);
        await rest.CreateInteractionResponseAsync("5", interaction.Token, InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        await rest.EditOriginalResponseAsync(FakeDiscord.ApplicationId, interaction.Token, new MessagePayload { Content = "selesai" }, CancellationToken.None);
        await rest.CreateFollowupAsync(FakeDiscord.ApplicationId, interaction.Token, new MessagePayload { Content = "lagi" }, CancellationToken.None);
        var channel = await rest.GetChannelAsync("1", CancellationToken.None);
        var guild = await rest.GetGuildAsync("700", CancellationToken.None);
        var again = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateInteractionResponseAsync("5", interaction.Token, InteractionResponse.Defer(false), CancellationToken.None));

        Assert.Equal(["700", "global"], fake.Rest.Commands.Keys.Order());
        Assert.Equal(["callback", "original", "followup"], fake.Rest.Messages.Select(m => m.Kind));
        Assert.Equal(64, fake.Rest.Messages[0].Body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("700", channel.GuildId);
        Assert.Equal("Guild", guild.Name);
        Assert.Equal(40060, again.Code);
    }

    [Fact]
    public async Task CreateInteractionResponse_AfterThreeSecondDeadline_ThrowsUnknownInteraction()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var interaction = fake.Rest.RegisterInteraction("5");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();

        fake.Rest.InteractionClock.Advance(TimeSpan.FromSeconds(3.1));
        var late = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateInteractionResponseAsync("5", interaction.Token, InteractionResponse.Defer(false), CancellationToken.None));

        Assert.Equal(10062, late.Code);
        Assert.Empty(fake.Rest.Messages);
    }

    [Fact]
    public async Task Logs_AfterErrorsAndInteractionCalls_NeverContainTokens()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1").Forbidden = true;
        var interaction = fake.Rest.RegisterInteraction("5");
        var logs = new CapturingLoggerProvider();
        using var services = DiscordClientFactory.Create(fake, logs);
        using var badServices = DiscordClientFactory.Create(fake, logs, tweak: o => new() { BotToken = "CANARY-wrong", ApiBaseUrl = o.ApiBaseUrl });
        var rest = services.GetRequiredService<DiscordRestClient>();

        await rest.CreateInteractionResponseAsync("5", interaction.Token, InteractionResponse.Defer(false), CancellationToken.None);
        await rest.EditOriginalResponseAsync(FakeDiscord.ApplicationId, interaction.Token, new MessagePayload { Content = "x" }, CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None));
        }

        await Assert.ThrowsAsync<DiscordHttpException>(() => badServices.GetRequiredService<DiscordRestClient>().GetChannelAsync("1", CancellationToken.None));

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain("CANARY", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RepeatedUnauthorized_StopsEveryRoute()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider(), tweak: o => new() { BotToken = "CANARY-revoked", ApiBaseUrl = o.ApiBaseUrl });
        var rest = services.GetRequiredService<DiscordRestClient>();

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordHttpException>(() => rest.GetChannelAsync("1", CancellationToken.None));
        }

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("1", new MessagePayload { Content = "x" }, CancellationToken.None));

        Assert.True(error.BlockedLocally);
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(3, fake.Rest.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_InvalidRequestBudgetSpent_PausesAllRequests()
    {
        await using var fake = await FakeDiscord.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            fake.Rest.AddChannel(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Forbidden = true;
        }

        fake.Rest.AddChannel("ok");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider(), tweak: o => new() { BotToken = o.BotToken, ApiBaseUrl = o.ApiBaseUrl, InvalidRequestBudget = 10 });
        var rest = services.GetRequiredService<DiscordRestClient>();

        for (var i = 0; i < 12; i++)
        {
            await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new MessagePayload { Content = "x" }, CancellationToken.None));
        }

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("ok", new MessagePayload { Content = "x" }, CancellationToken.None));

        Assert.True(error.BlockedLocally);
        Assert.Equal(10, fake.Rest.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_EmbedOverLimit_ThrowsInvalidFormBody()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel("1");
        using var services = DiscordClientFactory.Create(fake, new CapturingLoggerProvider());
        var rest = services.GetRequiredService<DiscordRestClient>();
        var message = new MessagePayload { Embeds = [new Embed { Title = new string('x', 257) }] };

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.CreateMessageAsync("1", message, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(50035, error.Code);
    }
}
