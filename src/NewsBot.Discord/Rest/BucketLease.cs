namespace NewsBot.Discord.Rest;

/// <summary>Permission to send one request on a bucket; dispose after the response was recorded.</summary>
public sealed class BucketLease : IDisposable
{
    private int _released;

    internal BucketLease(BucketState state) => State = state;

    internal BucketState State { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            State.Gate.Release();
        }
    }
}
