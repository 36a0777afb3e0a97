using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Telegram.Models;

public sealed class ChatIdConverter : JsonConverter<ChatId>
{
    public override ChatId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => new ChatId(reader.GetInt64()),
            JsonTokenType.String => ChatId.Parse(reader.GetString()!),
            _ => throw new JsonException("chat_id must be a number or a string."),
        };

    public override void Write(Utf8JsonWriter writer, ChatId value, JsonSerializerOptions options)
    {
        if (value.Id is long id)
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteStringValue(value.Username);
        }
    }
}
