using System.Text.Json;
using NewsBot.Telegram.Models;

namespace NewsBot.Telegram;

/// <summary>The Bot API envelope: <c>{ok, result, description, error_code, parameters}</c>.</summary>
internal sealed record ApiResponse
{
    public bool? Ok { get; init; }

    public JsonElement Result { get; init; }

    public string? Description { get; init; }

    public int? ErrorCode { get; init; }

    public ResponseParameters? Parameters { get; init; }
}
