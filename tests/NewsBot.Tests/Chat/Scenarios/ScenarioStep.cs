namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>Who sends a step: the owner of a private chat (on Discord, where settings live in servers, a server admin), or someone in a group.</summary>
public enum ScenarioSender
{
    Owner,
    GroupAdmin,
    GroupMember,
}

/// <summary>One command as a user types it and a fragment its answer must contain, on every platform.</summary>
/// <param name="Name">Indonesian command name (console and Telegram).</param>
/// <param name="EnglishName">English alias (Discord's slash command name).</param>
/// <param name="Argument">The argument; on Discord the value of the command's first option.</param>
/// <param name="Expected">A fragment of the answer, free of characters platforms escape.</param>
/// <param name="Type">An incident type: typed after the argument, on Discord the type option's choice.</param>
public sealed record ScenarioStep(string Name, string EnglishName, string Argument, string Expected, ScenarioSender Sender = ScenarioSender.Owner, string? Type = null)
{
    /// <summary>The label of the button pressed under the previous answer; null when the step is a typed command.</summary>
    public string? Button { get; init; }

    public bool IsPress => Button is not null;

    /// <summary>Pressing a button under the previous answer (the console, which has none, types the command it names).</summary>
    public static ScenarioStep Press(string button, string expected) => new("", "", "", expected) { Button = button };

    /// <summary>Pressing "Berikutnya" under the previous answer.</summary>
    public static ScenarioStep NextPage(string expected) => Press(NewsBot.Chat.Texts.NextPage, expected);

    /// <summary>The text a user types on the console or in Telegram.</summary>
    public string Line => $"/{Name} {Argument} {Type}".TrimEnd();

    public override string ToString() => IsPress ? $"{Sender}: presses {Button}" : $"{Sender}: {Line}";
}

/// <summary>A platform the same conversation runs through: it sends one command and returns the answer's text.</summary>
public interface IConversationDriver : IAsyncDisposable
{
    /// <summary>The bot's services, to store the scenario's history before the conversation starts.</summary>
    IServiceProvider Services { get; }

    /// <summary>False for the console, which is one private chat: it skips the group steps (the group list, a member's hostile block).</summary>
    bool HasGroups { get; }

    Task<string> SendAsync(ScenarioStep command);
}
