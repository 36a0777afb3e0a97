using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>Gateway frame: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> only for op 0.</summary>
public sealed record GatewayPayload(int Op, JsonElement? D = null, long? S = null, string? T = null);
