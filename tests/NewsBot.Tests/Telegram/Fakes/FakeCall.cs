using System.Text.Json;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>One request the fake received; <see cref="Method"/> is lower case.</summary>
public sealed record FakeCall(string Method, string Token, JsonElement Body, DateTimeOffset At)
{
    public long? ChatId => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("chat_id", out JsonElement id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    public string? Text => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("text", out JsonElement t) ? t.GetString() : null;
}
