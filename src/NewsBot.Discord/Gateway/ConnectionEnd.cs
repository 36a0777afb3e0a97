namespace NewsBot.Discord.Gateway;

/// <summary>How one WebSocket connection ended; <paramref name="WasHealthy"/> = it reached READY or RESUMED.</summary>
public sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason, bool WasHealthy, int? CloseCode = null);
