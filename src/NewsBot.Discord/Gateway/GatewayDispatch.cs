using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>One dispatched event (op 0): <paramref name="Type"/> is e.g. READY, INTERACTION_CREATE.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, long Sequence);
