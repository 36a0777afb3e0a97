using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord;

/// <summary>JSON settings for every Discord payload: snake_case names, nulls left out.</summary>
public static class DiscordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
