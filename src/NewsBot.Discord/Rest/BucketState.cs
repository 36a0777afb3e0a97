namespace NewsBot.Discord.Rest;

/// <summary>What the last response told us about one (bucket, major id): one request in flight at a time.</summary>
internal sealed class BucketState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public DateTimeOffset LastUsed { get; set; }
}
