using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Telegram.Models;

namespace NewsBot.Telegram;

/// <summary>Serializer settings for the Bot API: snake_case names, nulls omitted, unknown fields ignored.</summary>
public static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new ChatMemberConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
