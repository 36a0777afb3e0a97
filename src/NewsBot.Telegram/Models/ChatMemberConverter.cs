using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Telegram.Models;

/// <summary>
/// Picks the <see cref="ChatMember"/> subtype from "status" wherever it appears in the object
/// (System.Text.Json's own polymorphism needs the discriminator first, which Telegram does not promise).
/// </summary>
public sealed class ChatMemberConverter : JsonConverter<ChatMember>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(ChatMember);

    public override ChatMember? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("ChatMember must be an object.");
        }

        string? status = root.TryGetProperty("status", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        Type target = status switch
        {
            ChatMemberStatus.Creator => typeof(ChatMemberOwner),
            ChatMemberStatus.Administrator => typeof(ChatMemberAdministrator),
            ChatMemberStatus.Member => typeof(ChatMemberMember),
            ChatMemberStatus.Restricted => typeof(ChatMemberRestricted),
            ChatMemberStatus.Left => typeof(ChatMemberLeft),
            ChatMemberStatus.Kicked => typeof(ChatMemberBanned),
            null => throw new JsonException("ChatMember has no status."),
            _ => typeof(ChatMemberUnknown),
        };
        return (ChatMember?)root.Deserialize(target, options);
    }

    public override void Write(Utf8JsonWriter writer, ChatMember value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
