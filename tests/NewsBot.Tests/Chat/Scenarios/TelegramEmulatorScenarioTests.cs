using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The same conversation through the real bot polling the npm Telegram emulator (one emulator process for the class).</summary>
public sealed class TelegramEmulatorScenarioTests(TelegramEmulatorFixture emulator) : IClassFixture<TelegramEmulatorFixture>
{
    [Fact]
    public async Task Conversation_TelegramEmulator_EveryStepAnswered()
    {
        await using var driver = await TelegramEmulatorDriver.StartAsync(emulator);
        await ConversationScenario.RunAsync(driver);
    }
}
