namespace NewsBot.Telegram;

/// <summary>
/// The Bot API answered <c>ok:false</c> (or something that is not the envelope). <see cref="Description"/>
/// is Telegram's text; it is not a stable contract, so match it only through the helper properties.
/// </summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException()
        : this("", 0, "")
    {
    }

    public TelegramApiException(string message)
        : this("", 0, message)
    {
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        Description = message;
    }

    public TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null)
        : base($"Telegram {method} failed with {errorCode}: {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }

    public int ErrorCode { get; }

    public string Description { get; }

    /// <summary>Flood control: wait this long before sending again (429).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The group became a supergroup with this id (400).</summary>
    public long? MigrateToChatId { get; }

    /// <summary>True when the description contains <paramref name="text"/>, ignoring case.</summary>
    public bool DescriptionContains(string text) => Description.Contains(text, StringComparison.OrdinalIgnoreCase);
}
