using System.Text;

namespace NewsBot.Chat.Discord;

/// <summary>Makes feed text render literally in Discord: markdown escaped, mentions broken.</summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~|>#-[]()`:<";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);

            // A zero-width space after '@' breaks @everyone, @here and <@id>/<@&id> even if a client ignored allowed_mentions.
            if (c == '@')
            {
                builder.Append('\u200B');
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts to <paramref name="max"/> characters with an ellipsis, never splitting a surrogate pair or an escape.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        if (text[cut - 1] == '\\' || text[cut - 1] == '@')
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
