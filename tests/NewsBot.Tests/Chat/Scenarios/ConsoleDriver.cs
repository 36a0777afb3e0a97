using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Console;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The console chat: each step is one typed line, the answer what the console prints.</summary>
internal sealed class ConsoleDriver(ConversationHost host) : IConversationDriver
{
    private readonly StringWriter _output = new();

    public IServiceProvider Services => host.Services;

    public bool HasGroups => false;

    public static async Task<ConsoleDriver> StartAsync() => new(await ConversationHost.StartAsync());

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var chat = new ConsoleChat(host.Services.GetRequiredService<CommandRouter>(), new ConsolePlatform(_output));
        _output.GetStringBuilder().Clear();
        await chat.HandleLineAsync(command.Line, CancellationToken.None);
        return _output.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _output.DisposeAsync();
        await host.DisposeAsync();
    }
}
