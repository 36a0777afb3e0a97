using System.Text.Json.Serialization;

namespace NewsBot.Summaries;

/// <summary>The subset of the OpenAI chat-completions request the provider sends.</summary>
internal sealed record ChatCompletionRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages,
    [property: JsonPropertyName("temperature")] double Temperature,
    [property: JsonPropertyName("max_tokens")] int MaxTokens,
    [property: JsonPropertyName("stream")] bool Stream);

internal sealed record ChatMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string? Content);

/// <summary>The subset of the chat-completions response the provider reads.</summary>
internal sealed record ChatCompletionResponse([property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice>? Choices);

internal sealed record ChatChoice([property: JsonPropertyName("message")] ChatMessage? Message);
