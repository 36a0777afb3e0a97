namespace NewsBot.Telegram;

/// <summary>
/// The request did not produce an answer: connection error or timeout. The original exception is not
/// kept as <see cref="Exception.InnerException"/> because its text may contain the URL with the token;
/// its type and redacted message are part of this message instead.
/// </summary>
public sealed class TelegramRequestException : Exception
{
    public TelegramRequestException()
    {
        Method = "";
    }

    public TelegramRequestException(string message)
        : base(message)
    {
        Method = "";
    }

    public TelegramRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
    }

    public TelegramRequestException(string method, string message, bool isTimeout, HttpRequestError error)
        : base(message)
    {
        Method = method;
        IsTimeout = isTimeout;
        Error = error;
    }

    public string Method { get; }

    /// <summary>The client gave up waiting: the request may or may not have been carried out.</summary>
    public bool IsTimeout { get; }

    public HttpRequestError Error { get; }
}
