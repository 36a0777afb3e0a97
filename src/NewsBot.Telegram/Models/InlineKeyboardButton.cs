namespace NewsBot.Telegram.Models;

/// <summary>A button with exactly one action: <see cref="Url"/> or <see cref="CallbackData"/> (1–64 UTF-8 bytes).</summary>
public sealed record InlineKeyboardButton
{
    public const int MaxCallbackDataBytes = 64;

    public required string Text { get; init; }

    public string? Url { get; init; }

    public string? CallbackData { get; init; }

    public static InlineKeyboardButton WithUrl(string text, string url) => new() { Text = text, Url = url };

    public static InlineKeyboardButton WithCallback(string text, string data)
    {
        if (data.Length == 0 || System.Text.Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes)
        {
            throw new ArgumentException("callback_data must be 1-64 UTF-8 bytes.", nameof(data));
        }

        return new() { Text = text, CallbackData = data };
    }
}
