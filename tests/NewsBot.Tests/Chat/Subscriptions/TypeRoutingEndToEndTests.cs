using NewsBot.Tests.Discord;

namespace NewsBot.Tests.Chat.Subscriptions;

/// <summary>/berhenti with a type through the real feed check and delivery: exactly what /langganan shows arrives.</summary>
public sealed class TypeRoutingEndToEndTests
{
    [Fact]
    public async Task FeedCheck_TypesStoppedPerCompany_OnlyTheOtherTypesDelivered()
    {
        await using var bot = await DiscordBotHarness.StartAsync(extraSettings: new Dictionary<string, string?> { ["Chat:CommandBurst"] = "100" });
        await bot.SlashAsync("subscribe", "semua", null, DiscordBotHarness.ManageGuild, DiscordBotHarness.ChannelId);
        await bot.SlashAsync("unsubscribe", "tokopedia", "kebocoran", DiscordBotHarness.ManageGuild, DiscordBotHarness.ChannelId);
        await bot.SlashAsync("unsubscribe", "whatsapp", "kebijakan privasi", DiscordBotHarness.ManageGuild, DiscordBotHarness.ChannelId);
        await bot.SlashAsync("unsubscribe", "xiaomi", "peretasan", DiscordBotHarness.ManageGuild, DiscordBotHarness.ChannelId);

        await bot.CheckFeedsAndDeliverAsync();

        var titles = bot.Fake.Rest.Messages.Where(m => m.Kind == "message")
            .SelectMany(m => m.Body.GetProperty("embeds").EnumerateArray())
            .Select(e => e.GetProperty("title").GetString()!)
            .ToList();
        Assert.Contains(titles, t => t.StartsWith("Xiaomi", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Tokopedia", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("WhatsApp", StringComparison.Ordinal));
    }
}
