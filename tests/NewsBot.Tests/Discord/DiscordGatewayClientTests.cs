using System.Text.Json;
using NewsBot.Discord.Gateway;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

public sealed class DiscordGatewayClientTests
{
    [Fact]
    public async Task RunAsync_HelloThenIdentify_ReceivesFragmentedReadyAndGuildCreate()
    {
        await using var harness = await GatewayHarness.StartAsync(o => new() { BotToken = o.BotToken, ApiBaseUrl = o.ApiBaseUrl, ShardId = 1, ShardCount = 2 });

        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);
        await FakeDiscord.WaitUntilAsync(() => harness.Gateway.Heartbeats.Count >= 2, "two heartbeats");

        var identify = Assert.Single(harness.Gateway.Identifies);
        Assert.Equal(FakeDiscord.Token, identify.GetProperty("token").GetString());
        Assert.Equal(1, identify.GetProperty("intents").GetInt32());
        Assert.Equal("[1,2]", identify.GetProperty("shard").GetRawText());
        Assert.Equal(["READY", "GUILD_CREATE"], harness.Handler.Types);
        Assert.Equal(20_000, harness.Handler.Dispatches.First().Data.GetProperty("padding").GetString()!.Length);
        Assert.Equal(2, harness.Gateway.Heartbeats.Last().GetInt64());
        Assert.Equal("/gateway?v=10&encoding=json", Assert.Single(harness.Gateway.Connections));
    }

    [Fact]
    public async Task RunAsync_HeartbeatAcksWithheld_ClosesWithNon1000CodeAndResumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);

        harness.Gateway.WithholdAcks = true;
        await FakeDiscord.WaitUntilAsync(() => !harness.Gateway.Resumes.IsEmpty, "a resume after the zombie connection");
        harness.Gateway.WithholdAcks = false;
        await harness.WaitForDispatchCountAsync("RESUMED", 1);

        Assert.Single(harness.Gateway.Identifies);
        var close = harness.Gateway.ClientCloseCodes.First();
        Assert.True(close is null or (not 1000 and not 1001), $"close code {close} would end the session");
        Assert.Equal("/gateway?resume=1&v=10&encoding=json", harness.Gateway.Connections.Last());
        var resume = Assert.Single(harness.Gateway.Resumes);
        Assert.Equal(harness.Gateway.LastSession!.Id, resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task RunAsync_ReconnectOpcode_ResumesWithoutIdentify()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);

        await harness.Gateway.SendOpAsync(GatewayOpCode.Reconnect, null);
        await harness.WaitForDispatchCountAsync("RESUMED", 1);

        Assert.Single(harness.Gateway.Identifies);
        Assert.Single(harness.Gateway.Resumes);
        Assert.Equal(4000, harness.Gateway.ClientCloseCodes.First());
    }

    [Theory]
    [InlineData(true, 1, 1)]
    [InlineData(false, 2, 0)]
    public async Task RunAsync_InvalidSession_ResumesOnlyWhenResumable(bool resumable, int identifies, int resumes)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);

        await harness.Gateway.SendOpAsync(GatewayOpCode.InvalidSession, resumable);
        await harness.WaitForDispatchCountAsync(resumable ? "RESUMED" : "READY", resumable ? 1 : 2);

        Assert.Equal(identifies, harness.Gateway.Identifies.Count);
        Assert.Equal(resumes, harness.Gateway.Resumes.Count);
    }

    [Theory]
    [InlineData(4000, false)]
    [InlineData(4009, true)]
    public async Task RunAsync_ServerCloseCode_ResumesOrStartsNewSession(int code, bool newSession)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);

        await harness.Gateway.CloseAsync(code, "test");
        await harness.WaitForDispatchCountAsync(newSession ? "READY" : "RESUMED", newSession ? 2 : 1);

        Assert.Equal(newSession ? 2 : 1, harness.Gateway.Identifies.Count);
    }

    [Fact]
    public async Task RunAsync_Close4004_StopsWithClearLogLine()
    {
        await using var harness = await GatewayHarness.StartAsync(o => new() { BotToken = "CANARY-bad-token", ApiBaseUrl = o.ApiBaseUrl, GatewayUrl = new UriBuilder(o.ApiBaseUrl) { Scheme = "ws", Path = "/gateway" }.Uri });

        var finished = await Task.WhenAny(harness.Run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(harness.Run, finished);
        Assert.Equal(4004, harness.Client.FatalEnd?.CloseCode);
        Assert.Single(harness.Gateway.Connections);
        Assert.Empty(harness.Fake.Rest.Requests);
        Assert.Contains("Discord gateway closed with 4004: authentication failed", harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DroppedWhileEventsMissed_ResumesAndReplaysThemInOrder()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);

        await harness.Gateway.MissAsync("CHANNEL_DELETE", new { id = "11", guild_id = "700" });
        await harness.Gateway.MissAsync("GUILD_DELETE", new { id = "701" });
        harness.Gateway.Drop();
        await harness.WaitForDispatchCountAsync("RESUMED", 1);

        Assert.Equal(["READY", "GUILD_CREATE", "CHANNEL_DELETE", "GUILD_DELETE", "RESUMED"], harness.Handler.Types);
        Assert.Equal([1L, 2, 3, 4, 5], harness.Handler.Dispatches.Select(d => d.Sequence));
        Assert.Equal(2, Assert.Single(harness.Gateway.Resumes).GetProperty("seq").GetInt64());
        Assert.Single(harness.Gateway.Identifies);
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_BeatsAtOnce()
    {
        await using var harness = await GatewayHarness.StartAsync(arrange: fake => fake.Gateway.HeartbeatIntervalMs = 600_000);
        await harness.WaitForDispatchCountAsync("GUILD_CREATE", 1);
        var before = harness.Gateway.Heartbeats.Count;

        await harness.Gateway.SendOpAsync(GatewayOpCode.Heartbeat, null);
        await FakeDiscord.WaitUntilAsync(() => harness.Gateway.Heartbeats.Count > before, "a heartbeat on request", seconds: 3);

        Assert.Equal(JsonValueKind.Number, harness.Gateway.Heartbeats.Last().ValueKind);
    }

    [Fact]
    public async Task RunAsync_GatewayUrlFromRest_ConnectsToAdvertisedUrl()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitForDispatchCountAsync("READY", 1);

        Assert.Contains(harness.Fake.Rest.Requests, r => r.Path == "/api/v10/gateway/bot");
    }

    [Fact]
    public async Task RunAsync_GatewayBotUnauthorized_StopsInsteadOfRetrying()
    {
        await using var harness = await GatewayHarness.StartAsync(o => new() { BotToken = "CANARY-bad-token", ApiBaseUrl = o.ApiBaseUrl });

        var finished = await Task.WhenAny(harness.Run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(harness.Run, finished);
        Assert.Single(harness.Fake.Rest.Requests);
        Assert.Empty(harness.Gateway.Connections);
        Assert.DoesNotContain("CANARY", harness.Logs.AllText, StringComparison.Ordinal);
    }
}
