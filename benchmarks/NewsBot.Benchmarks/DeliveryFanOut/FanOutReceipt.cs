using NewsBot.TestKit;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>What the fake chat server saw of one fan-out run: messages created, repeats, limit violations, first→last window.</summary>
internal sealed record FanOutReceipt(int Accepted, int Duplicates, int Violations, TimeSpan Window)
{
    public static FanOutReceipt From(FakeChatServer server)
    {
        var ledger = server.Ledger.ToList();
        var duplicates = ledger.GroupBy(e => (e.ChatId, e.Body)).Sum(g => g.Count() - 1);
        var window = ledger.Count > 1 ? ledger.Max(e => e.At) - ledger.Min(e => e.At) : TimeSpan.Zero;
        return new FanOutReceipt(ledger.Count, duplicates, server.TelegramLimits?.Violations ?? 0, window);
    }
}
