using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Console;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The console chat: each step is one typed line, the answer what the console prints.</summary>
internal sealed class ConsoleDriver(ConversationHost host) : IConversationDriver
{
    private const string NextPagePrefix = "Halaman berikutnya: ";
    private const string TypePrefix = "Ketik /";
    private readonly StringWriter _output = new();
    private string _last = "";

    public IServiceProvider Services => host.Services;

    public bool HasGroups => false;

    public static async Task<ConsoleDriver> StartAsync() => new(await ConversationHost.StartAsync());

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var chat = new ConsoleChat(host.Services.GetRequiredService<CommandRouter>(), new ConsolePlatform(_output));
        var line = command.Line;
        if (command.IsPress)
        {
            line = TypedInstead(command.Button!);
        }

        _output.GetStringBuilder().Clear();
        await chat.HandleLineAsync(line, CancellationToken.None);
        return _last = _output.ToString();
    }

    // The console has no buttons: its answer names the command to type instead (the next page, a suggested company).
    private string TypedInstead(string button)
    {
        if (button == Texts.NextPage)
        {
            var hint = _last.Split('\n').Single(l => l.StartsWith(NextPagePrefix, StringComparison.Ordinal));
            return hint[NextPagePrefix.Length..].Trim();
        }

        var start = _last.IndexOf(TypePrefix, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no command to type instead of pressing {button} in:\n{_last}");
        var typed = _last[(start + TypePrefix.Length - 1)..].Split('\n')[0].TrimEnd('.');
        Assert.Contains(button, typed, StringComparison.OrdinalIgnoreCase);
        return typed;
    }

    public async ValueTask DisposeAsync()
    {
        await _output.DisposeAsync();
        await host.DisposeAsync();
    }
}
