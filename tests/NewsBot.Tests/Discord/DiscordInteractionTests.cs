using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Storage;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

/// <summary>Interactions and Gateway events through the real host and the loopback fake.</summary>
public sealed class DiscordInteractionTests
{
    [Fact]
    public async Task Autocomplete_CompanyPrefix_AnswersType8WithMatchingCompanies()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answer = await bot.InteractAsync(4, "subscribe", "xia", DiscordBotHarness.ManageGuild, focused: true);

        var body = bot.LastAnswer(answer);
        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("Xiaomi", choices);
        Assert.InRange(choices.Count, 1, 25);
    }

    [Fact]
    public async Task Incidents_AfterDelivery_DeferredThenEditedWithHistory()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("subscribe", "xiaomi");
        await bot.CheckFeedsAndDeliverAsync();

        var answer = await bot.CommandAsync("incidents", "xiaomi");
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.Rest.Messages.Any(m => m.Target == answer.Id && m.Kind == "original"), "the edited history");

        Assert.Equal(5, answer.CallbackType);
        var edited = bot.LastAnswer(answer);
        Assert.Contains("Insiden privasi Xiaomi", edited.GetProperty("content").GetString());
        Assert.Equal(0, edited.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task GuildDelete_OutageThenRemoval_OnlyRemovalPausesThatServersChannels()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("subscribe", "xiaomi");
        var chats = bot.Services.GetRequiredService<ChatStore>();

        // Events are handled in order: once the CHANNEL_DELETE sent after the outage has paused the channel, the
        // outage was handled too, and the pause reason tells which event paused it.
        await bot.Fake.Gateway.DispatchAsync("GUILD_DELETE", new { id = DiscordBotHarness.GuildId, unavailable = true });
        await bot.Fake.Gateway.DispatchAsync("CHANNEL_DELETE", new { id = DiscordBotHarness.ChannelId, guild_id = DiscordBotHarness.GuildId, type = 0 });
        await FakeDiscord.WaitUntilAsync(() => chats.IsPausedAsync(bot.Channel, CancellationToken.None), "the channel to be paused");
        var afterOutage = await PauseReasonAsync(bot);
        await chats.ResumeChatAsync(bot.Channel, CancellationToken.None);
        await bot.Fake.Gateway.DispatchAsync("GUILD_DELETE", new { id = DiscordBotHarness.GuildId });
        await FakeDiscord.WaitUntilAsync(() => chats.IsPausedAsync(bot.Channel, CancellationToken.None), "the channel to be paused");

        Assert.Equal("discord: channel deleted", afterOutage);
        Assert.Equal("discord: bot removed from server", await PauseReasonAsync(bot));
    }

    [Fact]
    public async Task ChannelDelete_SubscribedChannel_PausedAndNoAlertSent()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("subscribe", "xiaomi");
        var chats = bot.Services.GetRequiredService<ChatStore>();

        await bot.Fake.Gateway.DispatchAsync("CHANNEL_DELETE", new { id = DiscordBotHarness.ChannelId, guild_id = DiscordBotHarness.GuildId, type = 0 });
        await FakeDiscord.WaitUntilAsync(() => chats.IsPausedAsync(bot.Channel, CancellationToken.None), "the channel to be paused");
        await bot.CheckFeedsAndDeliverAsync();

        Assert.DoesNotContain(bot.Fake.Rest.Messages, m => m.Kind == "message");
    }

    [Fact]
    public async Task Alert_ToForbiddenChannel_PausesChatAfterOneAttempt()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("subscribe", "xiaomi");
        bot.Fake.Rest.Channels[DiscordBotHarness.ChannelId].Forbidden = true;

        await bot.CheckFeedsAndDeliverAsync();

        Assert.True(await bot.Services.GetRequiredService<ChatStore>().IsPausedAsync(bot.Channel, CancellationToken.None));
        Assert.Single(bot.Fake.Rest.Requests, r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownCommand_Answered_EphemeralUsageHint()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answer = await bot.CommandAsync("entahlah", "");

        var data = bot.LastAnswer(answer).GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal(JsonValueKind.String, data.GetProperty("content").ValueKind);
    }

    [Fact]
    public async Task Subscribe_BotCannotPostInChannel_RefusedBeforeSubscribing()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answer = await bot.InteractAsync(2, "subscribe", "xiaomi", DiscordBotHarness.ManageGuild, appPermissions: "3072");

        var data = bot.LastAnswer(answer).GetProperty("data");
        Assert.Contains("Sematkan Tautan", data.GetProperty("content").GetString());
        Assert.True((await bot.Services.GetRequiredService<SubscriptionStore>().RulesAsync(bot.Channel, CancellationToken.None)).IsEmpty);
    }

    [Fact]
    public async Task PagingButton_Clicked_DeferredUpdateThenOriginalEdited()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("subscribe", "xiaomi");
        await bot.CheckFeedsAndDeliverAsync();

        var click = await bot.InteractAsync(3, "", "", DiscordBotHarness.NoPermissions, customId: "page|insiden|1|xiaomi");
        await FakeDiscord.WaitUntilAsync(() => bot.Fake.Rest.Messages.Any(m => m.Target == click.Id && m.Kind == "original"), "the edited page");

        Assert.Equal(6, click.CallbackType);
        Assert.Contains("Insiden privasi Xiaomi", bot.LastAnswer(click).GetProperty("content").GetString());
    }

    [Fact]
    public async Task ManyInteractionsAtOnce_EveryOneAnsweredWithinDiscordsDeadline()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => bot.CommandAsync(i % 2 == 0 ? "incidents" : "help", i % 2 == 0 ? "xiaomi" : "")));

        Assert.All(answers, a => Assert.True(a.Answered));
        Assert.DoesNotContain(bot.Fake.Rest.Requests, r => r.Status == 404 && r.Path.Contains("/interactions/", StringComparison.Ordinal));
    }

    private static async Task<string?> PauseReasonAsync(DiscordBotHarness bot)
    {
        await using var connection = await bot.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return await connection.ScalarAsync(
            "SELECT paused_reason FROM chats WHERE platform = 'discord' AND external_id = @id",
            parameters: [("id", DiscordBotHarness.ChannelId)],
            cancellationToken: CancellationToken.None) as string;
    }
}
