namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The same conversation through the console chat, the Telegram fake Bot API and the Discord fake (the npm emulator: <see cref="TelegramEmulatorScenarioTests"/>).</summary>
public sealed class ScenarioTests
{
    [Fact]
    public async Task Conversation_ConsoleChat_EveryStepAnswered()
    {
        await using var driver = await ConsoleDriver.StartAsync();
        await ConversationScenario.RunAsync(driver);
    }

    [Fact]
    public async Task Conversation_Telegram_EveryStepAnswered()
    {
        await using var driver = await TelegramDriver.StartAsync();
        await ConversationScenario.RunAsync(driver);
    }

    [Fact]
    public async Task Conversation_Discord_EveryStepAnswered()
    {
        await using var driver = await DiscordDriver.StartAsync();
        await ConversationScenario.RunAsync(driver);
    }
}
