namespace NewsBot.Alerts;

/// <summary>
/// Several alerts a chat's schedule held back, sent as one message: the daily digest or what arrived during
/// quiet hours. A long digest is cut into <paramref name="Parts"/> messages; this is part <paramref name="Part"/>.
/// </summary>
public sealed record AlertDigest(DigestReason Reason, IReadOnlyList<Alert> Alerts, int Part = 1, int Parts = 1);

public enum DigestReason
{
    /// <summary>The chat asked for one digest a day.</summary>
    Daily,

    /// <summary>The alerts arrived during the chat's quiet hours.</summary>
    QuietHours,
}
