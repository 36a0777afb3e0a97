namespace NewsBot.Chat;

/// <summary>
/// A command's answer: plain Indonesian text (platforms escape it), optional link buttons and, for
/// listings that span pages, where the user is so platforms can draw paging buttons.
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyLink> Links, ReplyPage? Page = null)
{
    /// <summary>Commands the user can run with one tap (suggested companies); platforms with buttons draw them.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>Nothing to send (a throttled user was already told to slow down): platforms stay silent.</summary>
    public static readonly Reply None = new("", []);

    public static Reply Plain(string text) => new(text, []);

    public bool IsNone => Text.Length == 0;
}

public sealed record ReplyLink(string Label, string Url);

/// <summary>A button that runs <c>/<paramref name="Command"/> <paramref name="Argument"/></c> for the user.</summary>
public sealed record ReplyChoice(string Label, string Command, string Argument);

/// <summary>Page <paramref name="Number"/> (1-based) of <paramref name="Count"/> for command <paramref name="Command"/> with <paramref name="Argument"/>.</summary>
public sealed record ReplyPage(string Command, string Argument, int Number, int Count);
