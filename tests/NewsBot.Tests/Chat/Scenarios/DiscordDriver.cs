using NewsBot.Tests.Discord;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>
/// Discord through the loopback fake: slash commands with the options the bot registered. Settings commands exist in
/// servers only, so the owner is a Manage Server member in one channel and the group another channel of the server.
/// </summary>
internal sealed class DiscordDriver(DiscordBotHarness bot) : IConversationDriver
{
    private const string GroupChannel = "2";
    private System.Text.Json.JsonElement _last;

    public IServiceProvider Services => bot.Services;

    public bool HasGroups => true;

    public static async Task<DiscordDriver> StartAsync()
    {
        var bot = await DiscordBotHarness.StartAsync(extraSettings: ConversationScenario.Unthrottled);
        bot.Fake.Rest.AddChannel(GroupChannel, DiscordBotHarness.GuildId);
        return new DiscordDriver(bot);
    }

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var interaction = command.IsPress
            ? await bot.InteractAsync(3, "", "", DiscordBotHarness.ManageGuild, customId: ButtonId(command.Button!))
            : await bot.SlashAsync(
            command.EnglishName,
            command.Argument,
            command.Type,
            command.Sender == ScenarioSender.GroupMember ? DiscordBotHarness.NoPermissions : DiscordBotHarness.ManageGuild,
            command.Sender == ScenarioSender.Owner ? DiscordBotHarness.ChannelId : GroupChannel);
        var body = await bot.FinalAnswerAsync(interaction);
        var message = body.TryGetProperty("data", out var data) ? data : body;
        Assert.Equal(0, message.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        _last = message.Clone();
        var content = message.GetProperty("content").GetString() ?? "";
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);

        // Markdown escaping puts a backslash before special characters; the words are what matter here.
        return content.Replace("\\", "", StringComparison.Ordinal);
    }

    private string ButtonId(string button) =>
        _last.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Single(b => b.TryGetProperty("label", out var label) && label.GetString() == button).GetProperty("custom_id").GetString()!;

    public ValueTask DisposeAsync() => bot.DisposeAsync();
}
