using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Console;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The console chat: each step is one typed line, the answer what the console prints.</summary>
internal sealed class ConsoleDriver(ConversationHost host) : IConversationDriver
{
    private const string NextPagePrefix = "Halaman berikutnya: ";
    private readonly StringWriter _output = new();
    private string _last = "";

    public IServiceProvider Services => host.Services;

    public bool HasGroups => false;

    public static async Task<ConsoleDriver> StartAsync() => new(await ConversationHost.StartAsync());

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var chat = new ConsoleChat(host.Services.GetRequiredService<CommandRouter>(), new ConsolePlatform(_output));
        var line = command.Line;
        if (command.IsNextPage)
        {
            // The console has no buttons: its answer ends with the command that shows the next page.
            var hint = _last.Split('\n').Single(l => l.StartsWith(NextPagePrefix, StringComparison.Ordinal));
            line = hint[NextPagePrefix.Length..].Trim();
        }

        _output.GetStringBuilder().Clear();
        await chat.HandleLineAsync(line, CancellationToken.None);
        return _last = _output.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _output.DisposeAsync();
        await host.DisposeAsync();
    }
}
