namespace NewsBot.Discord.Gateway;

/// <summary>What the supervisor should do after a connection ended.</summary>
public enum ConnectionEndKind
{
    Resume,
    Identify,
    Fatal,
    Stopped,
}
