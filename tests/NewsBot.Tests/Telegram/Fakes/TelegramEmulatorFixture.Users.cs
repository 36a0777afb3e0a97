using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>A message the bot sent, as the emulator stored it: its message_id and the Bot API request body.</summary>
public sealed record EmulatorMessage(int MessageId, JsonElement Body)
{
    public string Text => Body.GetProperty("text").GetString() ?? "";
}

public sealed partial class TelegramEmulatorFixture
{
    /// <summary>Acts as a user pressing an inline button under <paramref name="message"/>: POST /sendCallback.</summary>
    public async Task SendCallbackAsync(string botToken, JsonObject from, JsonObject message, string data)
    {
        var body = new JsonObject { ["botToken"] = botToken, ["from"] = from, ["message"] = message, ["data"] = data };
        using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "sendCallback"), body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The bot's messages to <paramref name="chatId"/> not read yet (the emulator marks them read), oldest first.</summary>
    public async Task<List<EmulatorMessage>> ReadBotMessagesAsync(string botToken, long chatId)
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "getUpdates"), new JsonObject { ["token"] = botToken, ["chatId"] = chatId });
        response.EnsureSuccessStatusCode();
        JsonElement result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result");
        return [.. result.EnumerateArray().Select(Stored).OrderBy(m => m.MessageId)];
    }

    /// <summary>One message the bot sent, with every later edit applied (from the emulator's history).</summary>
    public async Task<EmulatorMessage?> BotMessageAsync(string botToken, int messageId)
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "getUpdatesHistory"), new JsonObject { ["token"] = botToken });
        response.EnsureSuccessStatusCode();
        JsonElement result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result");

        // The history mixes users' updates in; the bot's own messages are the ones addressed by chat_id.
        return result.EnumerateArray()
            .Where(u => u.TryGetProperty("message", out JsonElement m) && m.TryGetProperty("chat_id", out _))
            .Select(Stored)
            .FirstOrDefault(m => m.MessageId == messageId);
    }

    private static EmulatorMessage Stored(JsonElement update) => new(update.GetProperty("messageId").GetInt32(), update.GetProperty("message").Clone());
}
