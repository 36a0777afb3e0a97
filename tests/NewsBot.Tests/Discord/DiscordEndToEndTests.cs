using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

/// <summary>Through the real host and the loopback fake: slash command in, seed article out as one embed.</summary>
public sealed class DiscordEndToEndTests
{
    private const string SeedLink = "https://demo.invalid/sindonews/2020/05/02/xiaomi-dituduh-curi-data-pengguna";

    [Fact]
    public async Task Subscribe_MemberWithManageServer_SeedArticleArrivesAsOneEmbed()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answer = await bot.CommandAsync("subscribe", "xiaomi");
        await bot.CheckFeedsAndDeliverAsync();

        var reply = bot.LastAnswer(answer);
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Contains("mengikuti Xiaomi", reply.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
        var message = Assert.Single(bot.Fake.Rest.Messages, m => m.Kind == "message");
        Assert.Equal(DiscordBotHarness.ChannelId, message.Target);
        var embed = Assert.Single(message.Body.GetProperty("embeds").EnumerateArray());
        Assert.Equal(SeedLink, embed.GetProperty("url").GetString());
        Assert.StartsWith("Xiaomi", embed.GetProperty("title").GetString());
        Assert.Contains("SINDOnews", embed.GetProperty("fields").GetRawText());
        Assert.Equal(JsonValueKind.Array, message.Body.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
        Assert.Equal(0, message.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.True(message.Body.GetProperty("enforce_nonce").GetBoolean());
        Assert.InRange(message.Body.GetProperty("nonce").GetString()!.Length, 1, 25);
    }

    [Fact]
    public async Task Subscribe_MemberWithoutPermission_IsRefusedAndNothingIsSent()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answer = await bot.CommandAsync("subscribe", "xiaomi", DiscordBotHarness.NoPermissions);
        await bot.CheckFeedsAndDeliverAsync();

        var data = bot.LastAnswer(answer).GetProperty("data");
        Assert.Equal(Texts.NotAdmin, data.GetProperty("content").GetString()!.Replace("\\", "", StringComparison.Ordinal));
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.True((await bot.Services.GetRequiredService<SubscriptionStore>().RulesAsync(bot.Channel, CancellationToken.None)).IsEmpty);
        Assert.DoesNotContain(bot.Fake.Rest.Messages, m => m.Kind == "message");
    }

    [Fact]
    public async Task EveryOutgoingMessage_AcrossCommandsAndAlerts_HasEmptyMentionParse()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        await bot.CommandAsync("subscribe", "semua");
        await bot.CommandAsync("list", "");
        await bot.CommandAsync("help", "");
        var history = await bot.CommandAsync("incidents", "xiaomi");
        await bot.CheckFeedsAndDeliverAsync();
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.Rest.Messages.Any(m => m.Target == history.Id && m.Kind == "original"), "the edited history");

        var bodies = bot.Fake.Rest.Messages
            .Select(m => m.Kind == "callback" ? (m.Body.TryGetProperty("data", out var d) && d.TryGetProperty("content", out _) ? d : default) : m.Body)
            .Where(b => b.ValueKind == JsonValueKind.Object)
            .ToList();
        Assert.True(bodies.Count >= 4, $"only {bodies.Count} message bodies recorded");
        Assert.All(bodies, b => Assert.Equal(0, b.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
        Assert.Equal(5, history.CallbackType);
    }

    [Fact]
    public async Task HostLogs_AtTraceWithErrors_NeverContainBotOrInteractionTokens()
    {
        var logs = new CapturingLoggerProvider();
        await using var bot = await DiscordBotHarness.StartAsync(logs: logs);

        await bot.CommandAsync("subscribe", "xiaomi");
        await bot.CommandAsync("incidents", "xiaomi");
        bot.Fake.Rest.Channels[DiscordBotHarness.ChannelId].Forbidden = true;
        await bot.CheckFeedsAndDeliverAsync();
        bot.Fake.Gateway.Drop();
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.Gateway.Resumes.Count == 1, "a resume");

        Assert.Contains("Discord", logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", logs.AllText, StringComparison.Ordinal);
    }
}
