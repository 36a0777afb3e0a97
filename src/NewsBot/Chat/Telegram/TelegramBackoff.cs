namespace NewsBot.Chat.Telegram;

/// <summary>Exponential back-off with jitter for the receiving loop: 1 s, 2 s, 4 s … up to a maximum.</summary>
internal sealed class TelegramBackoff(TimeSpan maximum)
{
    private int _failures;

    public void Reset() => _failures = 0;

    public TimeSpan Next()
    {
        _failures = Math.Min(_failures + 1, 16);
        double seconds = Math.Min(maximum.TotalSeconds, Math.Pow(2, _failures - 1));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
