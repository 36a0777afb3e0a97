using System.Globalization;
using System.Text;

namespace NewsBot.Chat.Telegram;

/// <summary>Callback data of paging buttons: "pg|&lt;command&gt;|&lt;page&gt;|&lt;argument&gt;", at most 64 UTF-8 bytes.</summary>
public static class PagingData
{
    /// <summary>Telegram's limit on callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    private const string Prefix = "pg|";

    /// <summary>Null when the data would exceed 64 bytes (the buttons are then left out).</summary>
    public static string? Encode(string command, string argument, int page)
    {
        string data = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{command}|{page}|{argument}");
        return Encoding.UTF8.GetByteCount(data) <= MaxCallbackDataBytes ? data : null;
    }

    public static (string Command, string Argument, int Page)? Decode(string? data)
    {
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        string[] fields = data[Prefix.Length..].Split('|', 3);
        return fields.Length == 3 && fields[0].Length > 0 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int page) && page > 0
            ? (fields[0], fields[2], page)
            : null;
    }
}
