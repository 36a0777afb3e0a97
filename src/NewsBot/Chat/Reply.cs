namespace NewsBot.Chat;

/// <summary>
/// A command's answer: plain Indonesian text (platforms escape it), optional link buttons and, for
/// listings that span pages, where the user is so platforms can draw paging buttons.
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyLink> Links, ReplyPage? Page = null)
{
    public static Reply Plain(string text) => new(text, []);
}

public sealed record ReplyLink(string Label, string Url);

/// <summary>Page <paramref name="Number"/> (1-based) of <paramref name="Count"/> for command <paramref name="Command"/> with <paramref name="Argument"/>.</summary>
public sealed record ReplyPage(string Command, string Argument, int Number, int Count);
