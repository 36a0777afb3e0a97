namespace NewsBot.Discord.Gateway;

/// <summary>What a RESUME needs: the session id and resume URL from READY and the last sequence number.</summary>
public sealed class GatewaySession
{
    public string? SessionId { get; set; }

    public Uri? ResumeUrl { get; set; }

    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
