namespace NewsBot.Feeds.Fetching;

/// <summary>Thrown from the connect callback when a host resolves to a non-public address.</summary>
public sealed class SsrfRefusedException : Exception
{
    public SsrfRefusedException()
    {
    }

    public SsrfRefusedException(string message)
        : base(message)
    {
    }

    public SsrfRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
