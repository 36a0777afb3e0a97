using System.Text;

namespace NewsBot.Telegram.Html;

/// <summary>Escaping for Telegram's HTML parse mode: only &amp;amp; &amp;lt; &amp;gt; &amp;quot; are used.</summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's visible text (after entity parsing), in UTF-16 code units.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Escapes text content: &amp;, &lt; and &gt;.</summary>
    public static string Escape(string text) => Escape(text, quotes: false);

    /// <summary>Escapes a double-quoted attribute value: also &quot;.</summary>
    public static string EscapeAttribute(string value) => Escape(value, quotes: true);

    private static string Escape(string text, bool quotes)
    {
        if (text.AsSpan().IndexOfAny(quotes ? "&<>\"" : "&<>") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            string? entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when quotes => "&quot;",
                _ => null,
            };
            if (entity is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(entity);
            }
        }

        return escaped.ToString();
    }
}
