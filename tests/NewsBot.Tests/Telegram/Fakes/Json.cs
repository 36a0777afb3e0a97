using System.Text.Json.Nodes;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>Builders for Bot API update payloads as Telegram sends them.</summary>
public static class Json
{
    public static JsonObject User(long id, string name = "Budi") => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = name };

    public static JsonObject Chat(long id, string? title = null) => id > 0
        ? new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Budi" }
        : new() { ["id"] = id, ["type"] = "supergroup", ["title"] = title ?? "Grup Uji" };

    /// <summary>A text message; a leading "/word" gets a bot_command entity like Telegram adds.</summary>
    public static JsonObject Message(long chatId, long fromId, string text, long messageId = 1)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = User(fromId),
            ["chat"] = Chat(chatId),
            ["date"] = 1767225600,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            int end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }

        return message;
    }
}
