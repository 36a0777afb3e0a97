namespace NewsBot.Telegram.Models;

public sealed record WebhookInfo
{
    /// <summary>Empty when no webhook is set (long polling).</summary>
    public string Url { get; init; } = "";

    public bool HasCustomCertificate { get; init; }

    public int PendingUpdateCount { get; init; }

    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public int? MaxConnections { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
