using NewsBot.Chat;

namespace NewsBot.Benchmarks.DeliveryFanOut;

internal static class FanOutPlatforms
{
    public static IChatPlatform Create(FanOutSettings settings, HttpClient http, Uri baseUrl) => settings.Platform switch
    {
        "bare" => new BareHttpPlatform(http, baseUrl, "telegram"),
        "null" => new NullPlatform("telegram"),
        _ => throw new ArgumentException($"Unknown platform '{settings.Platform}' (bare|telegram)."),
    };
}
