namespace NewsBot.Chat;

/// <summary>Splits "/ikuti@NewsBot tokopedia" into a command name and its argument.</summary>
public static class CommandText
{
    /// <summary>
    /// Returns null when <paramref name="text"/> is not a command, or is addressed to another bot
    /// ("/start@OtherBot"). <paramref name="botUsername"/> is the bot's own username, if the platform has one.
    /// </summary>
    public static (string Name, string Argument)? Parse(string text, string? botUsername = null)
    {
        text = text.Trim();
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var space = text.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? text[1..] : text[1..space];
        var argument = space < 0 ? "" : text[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var addressee = head[(at + 1)..];
            if (botUsername is not null && !addressee.Equals(botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            head = head[..at];
        }

        return head.Length == 0 ? null : (head.ToLowerInvariant(), argument);
    }
}
