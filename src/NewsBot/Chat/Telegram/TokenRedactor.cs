using System.Text.RegularExpressions;

namespace NewsBot.Chat.Telegram;

/// <summary>Removes bot tokens from any text that may leave the client (exception messages, logs).</summary>
public static partial class TokenRedactor
{
    public const string Placeholder = "<redacted>";

    /// <summary>Replaces <paramref name="token"/> and anything shaped like a bot token with a placeholder.</summary>
    public static string Redact(string? text, string? token = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!string.IsNullOrEmpty(token))
        {
            text = text.Replace(token, Placeholder, StringComparison.Ordinal);
        }

        return TokenShape().Replace(text, Placeholder);
    }

    // "<bot id>:<secret>" as issued by BotFather; the id part is digits, the secret URL-safe base64.
    [GeneratedRegex(@"\d{3,}:[A-Za-z0-9_-]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();
}
