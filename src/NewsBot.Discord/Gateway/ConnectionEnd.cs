namespace NewsBot.Discord.Gateway;

/// <summary>How one WebSocket connection ended and what the supervisor should do next.</summary>
public enum ConnectionEndKind
{
    Resume,
    Identify,
    Fatal,
    Stopped,
}

public sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason, bool WasHealthy, int? CloseCode = null);
