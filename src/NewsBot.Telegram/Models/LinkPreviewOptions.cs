namespace NewsBot.Telegram.Models;

public sealed record LinkPreviewOptions
{
    public static readonly LinkPreviewOptions Disabled = new() { IsDisabled = true };

    public bool? IsDisabled { get; init; }

    public string? Url { get; init; }

    public bool? PreferSmallMedia { get; init; }

    public bool? PreferLargeMedia { get; init; }

    public bool? ShowAboveText { get; init; }
}
