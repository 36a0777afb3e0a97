namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>One command as a user types it and a fragment its answer must contain, on every platform.</summary>
/// <param name="Name">Indonesian command name (console and Telegram).</param>
/// <param name="EnglishName">English alias (Discord's slash command name).</param>
public sealed record ScenarioStep(string Name, string EnglishName, string Argument, string Expected);

/// <summary>A platform the same conversation runs through: it sends one command and returns the answer's text.</summary>
public interface IConversationDriver : IAsyncDisposable
{
    Task<string> SendAsync(ScenarioStep command);
}

/// <summary>The conversation of the subscription part, run unchanged through the console, Telegram and Discord.</summary>
public static class ConversationScenario
{
    /// <summary>The scenario sends more commands than one user's burst; the throttle has its own tests.</summary>
    public static readonly Dictionary<string, string?> Unthrottled = new() { ["Chat:CommandBurst"] = "100" };

    // Fragments avoid characters platforms escape (quotes, *, _, <, &), so one text fits all three renderings.
    public static readonly IReadOnlyList<ScenarioStep> Subscriptions =
    [
        new("ikuti", "subscribe", "xiomi", "Mungkin maksud Anda: Xiaomi"),
        new("ikuti", "subscribe", "semua", "sekarang mengikuti semua perusahaan yang dipantau"),
        new("berhenti", "unsubscribe", "tokopedia", "berhenti mengikuti Tokopedia"),
        new("ikuti", "subscribe", "gojek hanya kebocoran", "Gojek (hanya kebocoran)"),
        new("langganan", "list", "", "Kecuali: Tokopedia"),
        new("zona", "timezone", "WITA", "sekarang WITA (Asia/Makassar)"),
        new("senyap", "quiet", "22:00-06:00 WIT", "Jam senyap diatur: 22:00"),
        new("ringkasan", "digest", "jam 7 pagi", "pukul 07:00 WIT"),
        new("perusahaan", "companies", "bank", "Bank Rakyat Indonesia"),
        new("lacak", "track", "Koperasi Maju Jaya, KMJ", "sekarang melacak Koperasi Maju Jaya"),
        new("lacak", "track", "bank", "terlalu umum"),
        new("sumber", "sources", "", "berita yang dibaca"),
        new("ikuti", "subscribe", "toko\u200Bpedia", "sekarang mengikuti Tokopedia"),
    ];

    public static async Task RunAsync(IConversationDriver driver)
    {
        foreach (var step in Subscriptions)
        {
            var answer = await driver.SendAsync(step);
            Assert.True(answer.Contains(step.Expected, StringComparison.Ordinal), $"/{step.Name} {step.Argument} answered:\n{answer}");
        }
    }
}
