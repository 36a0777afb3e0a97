namespace NewsBot.Telegram;

/// <summary>Where and as whom the client talks to the Bot API.</summary>
public sealed class TelegramBotClientOptions
{
    public static readonly Uri DefaultBaseUrl = new("https://api.telegram.org/");

    public required string Token { get; init; }

    /// <summary>The API root; requests go to <c>{BaseUrl}/bot{token}/{method}</c>. Tests point it at loopback.</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>HttpClient timeout; must exceed the long-polling timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    internal Uri MethodUri(string method)
    {
        string root = BaseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri($"{root}/bot{Token}/{method}");
    }

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"TelegramBotClientOptions {{ BaseUrl = {BaseUrl}, Token = {TokenRedactor.Placeholder} }}";
}
