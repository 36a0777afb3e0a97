using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Console;
using NewsBot.Tests.Chat.Subscriptions;
using NewsBot.Tests.Discord;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The same conversation through the console chat, the Telegram fake Bot API and the Discord fake.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public async Task Subscriptions_ConsoleChat_EveryStepAnswered()
    {
        await using var driver = await ConsoleDriver.StartAsync();
        await ConversationScenario.RunAsync(driver);
    }

    [Fact]
    public async Task Subscriptions_Telegram_EveryStepAnswered()
    {
        await using var driver = new TelegramDriver(await TelegramBotHarness.StartAsync(new(ConversationScenario.Unthrottled)));
        await ConversationScenario.RunAsync(driver);
    }

    [Fact]
    public async Task Subscriptions_Discord_EveryStepAnswered()
    {
        await using var driver = new DiscordDriver(await DiscordBotHarness.StartAsync(extraSettings: ConversationScenario.Unthrottled));
        await ConversationScenario.RunAsync(driver);
    }

    private sealed class ConsoleDriver(ConversationHost host) : IConversationDriver
    {
        private readonly StringWriter _output = new();

        public static async Task<ConsoleDriver> StartAsync() => new(await ConversationHost.StartAsync());

        public async Task<string> SendAsync(ScenarioStep command)
        {
            var chat = new ConsoleChat(host.Services.GetRequiredService<CommandRouter>(), new ConsolePlatform(_output));
            _output.GetStringBuilder().Clear();
            await chat.HandleLineAsync($"/{command.Name} {command.Argument}", CancellationToken.None);
            return _output.ToString();
        }

        public async ValueTask DisposeAsync()
        {
            await _output.DisposeAsync();
            await host.DisposeAsync();
        }
    }

    private sealed class TelegramDriver(TelegramBotHarness bot) : IConversationDriver
    {
        private const long ChatId = 4242;
        private int _answers;

        public async Task<string> SendAsync(ScenarioStep command)
        {
            bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(ChatId, ChatId, $"/{command.Name} {command.Argument}", messageId: _answers + 1) });
            var calls = await bot.WaitForCallsAsync("sendMessage", ++_answers, ChatId, seconds: 60);
            Assert.True(calls.Count >= _answers, $"no Telegram answer to /{command.Name}");
            return WebUtility.HtmlDecode(TelegramBotHarness.Text(calls[_answers - 1]));
        }

        public ValueTask DisposeAsync() => bot.DisposeAsync();
    }

    private sealed class DiscordDriver(DiscordBotHarness bot) : IConversationDriver
    {
        public async Task<string> SendAsync(ScenarioStep command)
        {
            var interaction = await bot.CommandAsync(command.EnglishName, command.Argument);
            var body = bot.LastAnswer(interaction);
            var message = body.TryGetProperty("data", out var data) ? data : body;

            // Discord markdown escaping puts a backslash before special characters; the words are what matter here.
            return (message.GetProperty("content").GetString() ?? "").Replace("\\", "", StringComparison.Ordinal);
        }

        public ValueTask DisposeAsync() => bot.DisposeAsync();
    }
}
